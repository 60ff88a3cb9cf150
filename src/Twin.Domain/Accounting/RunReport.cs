using Twin.Domain.Simulation;

namespace Twin.Domain.Accounting;

/// <summary>Everything a run exports: flows, node and park balances, totals and indicators.</summary>
public sealed record RunReport(
    SimulationResult Result,
    IReadOnlyList<NodeBalance> Nodes,
    IReadOnlyList<QuantityBalance> Park,
    IReadOnlyDictionary<string, double> Totals,
    IReadOnlyList<IndicatorResult> Indicators)
{
    public static RunReport From(SimulationResult result, Baseline? baseline = null)
    {
        var sheet = new BalanceSheet(result);
        var totals = ParkTotals.Compute(result);
        var indicators = EcoParkIndicators.Compute(result.Park, totals, baseline);
        return new RunReport(result, sheet.Nodes(), sheet.Park(), totals, indicators);
    }
}
