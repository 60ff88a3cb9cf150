using System.Globalization;
using Spectre.Console;
using Twin.Domain.Analysis;
using Twin.Domain.Model;

namespace Twin.Cli.Output;

/// <summary>
/// What <c>twin sweep</c> prints: a row per uptake step, then the limit each constraint sets over
/// the horizon and the one that binds at the top.
/// </summary>
internal sealed class UptakeSweepView(IAnsiConsole console)
{
    public void Show(ParkModel park, UptakeSweepResult result)
    {
        var days = park.Horizon.Days;
        console.Line($"Uptake sweep of '{result.Plant}' in scenario '{park.Scenario}': {days} days at one "
            + $"{park.Horizon.Step.ToString().ToLowerInvariant()} per step, {result.Steps.Count} runs; "
            + "t over the horizon.");

        var table = Tables.Create("Uptake steps (fresh water saved: against the step with none)", 1, "step",
            "uptake held to t/d", "reclaimed t", "reclaimed t/d", "fresh water t", "fresh water saved t",
            "effluent to sea t", "concentrate t");
        foreach (var s in result.Steps)
        {
            var held = s.UptakeLimitTPerDay is { } perDay ? Figures.Amount(perDay) : "none (top)";
            table.Row(s.Step.ToString(CultureInfo.InvariantCulture), held, Figures.Amount(s.ReclaimedT),
                Figures.Amount(s.ReclaimedT / days), Figures.Amount(s.FreshWaterT),
                Figures.Amount(s.FreshWaterSavedT), Figures.Amount(s.EffluentToSeaT),
                Figures.Amount(s.ConcentrateT));
        }

        console.Write(table);
        console.Write(Limits(result, days));
        console.Line($"The most the system takes: {Figures.Amount(result.MostT)} t "
            + $"({Figures.Amount(result.MostT / days)} t/d). Binding: {Name(result.Binding)} "
            + $"({Steps(result)}).");
    }

    public static string Name(UptakeConstraint constraint) => constraint switch
    {
        UptakeConstraint.PlantCapacity => "plant capacity",
        UptakeConstraint.Effluent => "effluent",
        UptakeConstraint.PipeCapacity => "pipe capacity",
        UptakeConstraint.Demand => "demand",
        _ => "quality",
    };

    private static Table Limits(UptakeSweepResult result, int days)
    {
        var table = Tables.Create("What each constraint lets through over the horizon", 2, "constraint",
            "what", "limit t", "limit t/d");
        foreach (var limit in result.Limits)
        {
            table.Row(Name(limit.Constraint), limit.Detail, Figures.Amount(limit.LimitT),
                Figures.Amount(limit.LimitT / days));
        }

        return table;
    }

    private static string Steps(UptakeSweepResult result) =>
        string.Join(", ", result.BindingSteps.OrderByDescending(c => c.Value)
            .Select(c => $"{Name(c.Key)} in {c.Value} of the top run's steps"));
}
