using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Nodes;

namespace Twin.Host.Api.Documents;

/// <summary>
/// A node's balance over a period of a run: steps [from_step, to_step), which are the days
/// first_day to last_day, both included.
/// </summary>
public sealed record NodeBalanceDocument(
    string Scenario,
    int Run,
    string Node,
    string Kind,
    string Name,
    int FromStep,
    int ToStep,
    DateOnly FirstDay,
    DateOnly LastDay,
    IReadOnlyList<QuantityRow> Quantities,
    IReadOnlyDictionary<string, double> Shortfalls,
    IReadOnlyDictionary<string, double> Details)
{
    public static NodeBalanceDocument From(string scenario, int run, NodeBalanceReport report,
        HorizonDefinition horizon)
    {
        var perDay = 24 / horizon.StepHours;
        return new NodeBalanceDocument(scenario, run, report.Id, report.Kind, report.Name,
            report.Steps.From, report.Steps.To,
            horizon.Start.AddDays(report.Steps.From / perDay),
            horizon.Start.AddDays((report.Steps.To - 1) / perDay),
            report.Quantities.Select(QuantityRow.From).ToArray(),
            report.Shortfalls,
            report.Details);
    }
}
