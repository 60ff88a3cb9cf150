using Twin.Grains.Abstractions.Definitions;

namespace Twin.Grains.Abstractions.Runs;

/// <summary>
/// Where a scenario's latest run stands. <see cref="Version"/> grows with every change seen by
/// the activation, so a watcher can wait for the next one.
/// </summary>
/// <param name="Sweep">Sweeps done so far (all of them once the run ended).</param>
/// <param name="Change">The largest relative change of an edge in the last sweep done.</param>
/// <param name="Horizon">The horizon of the latest run, to turn dates into steps.</param>
[GenerateSerializer]
[Alias("twin.ScenarioStatus")]
public sealed record ScenarioStatus(
    [property: Id(0)] string Scenario,
    [property: Id(1)] RunState State,
    [property: Id(2)] int Run,
    [property: Id(3)] int Sweep,
    [property: Id(4)] int MaxSweeps,
    [property: Id(5)] double Change,
    [property: Id(6)] DateTimeOffset? StartedAt,
    [property: Id(7)] DateTimeOffset? FinishedAt,
    [property: Id(8)] RunFailure? Failure,
    [property: Id(9)] HorizonDefinition? Horizon,
    [property: Id(10)] long Version)
{
    public static ScenarioStatus NotRun(string scenario) =>
        new(scenario, RunState.NotRun, 0, 0, 0, 0, null, null, null, null, 0);
}
