namespace Twin.Domain.Analysis;

/// <summary>
/// An uptake sweep of a reclaimed-water plant: each step, the most the system takes
/// (<see cref="MostT"/>, the top step), the limit each constraint sets and the one that binds.
/// </summary>
/// <param name="BindingSteps">How many steps of the top run each constraint bound in.</param>
public sealed record UptakeSweepResult(
    string Plant,
    string Product,
    IReadOnlyList<UptakeStep> Steps,
    double MostT,
    UptakeConstraint Binding,
    IReadOnlyDictionary<UptakeConstraint, int> BindingSteps,
    IReadOnlyList<UptakeLimit> Limits);
