using Twin.Domain.Accounting;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Abstractions.Results;

namespace Twin.Grains.Mapping;

/// <summary>Turns a run's report into the tables a scenario grain stores and serves.</summary>
internal static class ReportMapping
{
    public static RunTotals ToTotals(this RunReport report, int run)
    {
        var park = report.Result.Park;
        var totals = report.Totals.OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(t => t.Key, t => t.Value);
        return new RunTotals(run, park.Scenario, park.Year, totals);
    }

    /// <summary>One row per connection, as flows.csv writes it.</summary>
    public static FlowTable ToFlows(this RunReport report, int run) =>
        new(run, report.Result.Edges.Select(ToLine).ToArray());

    public static IndicatorTable ToIndicators(this RunReport report, int run) =>
        new(run, report.Indicators.Select(i => new IndicatorLine(
            i.Number, i.Name, i.Unit, i.Value, i.Standard, i.Target, i.Met, i.Basis)).ToArray());

    public static BalanceTable ToBalances(this RunReport report, int run)
    {
        var whole = new StepRange(0, report.Result.Park.Horizon.Steps);
        var nodes = report.Nodes.Select(n => n.ToReport(whole)).ToArray();
        return new BalanceTable(run, nodes, report.Park.Select(ToLine).ToArray());
    }

    public static NodeBalanceReport ToReport(this NodeBalance balance, StepRange steps) => new(
        balance.Id,
        balance.Kind,
        balance.Name,
        steps,
        balance.Quantities.Select(ToLine).ToArray(),
        balance.Shortfalls.ToDictionary(),
        balance.Details.ToDictionary());

    private static QuantityLine ToLine(QuantityBalance q) =>
        new(q.Quantity, q.Unit, q.In, q.Out, q.StockChange, q.Transformed, q.Residual);

    private static FlowLine ToLine(EdgeFlow edge)
    {
        var carrier = edge.Carrier;
        var amount = edge.Total;
        return new FlowLine(
            edge.Connection.From,
            edge.Connection.To,
            carrier.Id,
            amount,
            carrier.Unit,
            carrier.CarriesWater ? amount * carrier.WaterPerUnit : null,
            carrier.CarriesEnergy ? amount * carrier.EnergyPerUnit : null);
    }
}
