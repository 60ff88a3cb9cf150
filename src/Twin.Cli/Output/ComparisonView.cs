using System.Globalization;
using Spectre.Console;
using Twin.Domain.Accounting;
using Twin.Reporting;
using Twin.Reporting.Documents;

namespace Twin.Cli.Output;

/// <summary>
/// What <c>twin compare</c> prints: first the changes that matter to the plan (fresh water and
/// its substitutes, coal, CO2, SO2, NOx, dust, wastewater, COD, energy), then every total of A
/// and B with the change, the indicators either run has a value for (with B's target), and the
/// nodes whose water or energy in or out moved by more than <see cref="NodeThreshold"/>. Runs
/// over different horizons (a heating season against a year) are compared, with a warning.
/// </summary>
internal sealed class ComparisonView(IAnsiConsole console)
{
    /// <summary>0.1 %: far above rounding, small enough to catch a real shift at one node.</summary>
    public const double NodeThreshold = 0.001;

    private static readonly string[] Conserved = [BalanceSheet.Water, BalanceSheet.Energy];

    /// <summary>The totals the plan's targets and the symbiosis projects are about.</summary>
    public static readonly IReadOnlyList<string> Headline =
    [
        "fresh_water_t", "desalinated_water_t", "reclaimed_water_t", "wastewater_t", "cod_t", "coal_t",
        "coal_tce", "co2_t", "so2_t", "nox_t", "dust_t", "energy_consumed_tce",
    ];

    public void Show(RunFolder a, RunFolder b)
    {
        console.Line($"A: {Describe(a)}");
        console.Line($"B: {Describe(b)}");
        WarnIfPeriodsDiffer(a, b);

        var (ta, tb) = (a.Totals.Totals, b.Totals.Totals);
        console.Write(Totals("Changes that matter (B - A)", Headline, ta, tb));
        console.Write(Totals("Park totals", TotalNames.InReadingOrder(ta.Keys.Union(tb.Keys)), ta, tb));
        console.Write(Indicators(a.Indicators.Indicators, b.Indicators.Indicators));
        ShowNodes(a.Balance.Nodes, b.Balance.Nodes);
    }

    private static string Describe(RunFolder run)
    {
        var m = run.Manifest;
        return $"{run.Path}: scenario '{m.Scenario}' ({m.Year}), {m.Horizon.Days} days at one {m.Step} "
            + $"per step, {m.Engine} engine";
    }

    private void WarnIfPeriodsDiffer(RunFolder a, RunFolder b)
    {
        var (ha, hb) = (a.Manifest.Horizon, b.Manifest.Horizon);
        if (ha.Start.DayOfYear != hb.Start.DayOfYear || ha.Days != hb.Days)
        {
            console.Line($"warning: A covers {ha.Days} days from {ha.Start:MM-dd}, B {hb.Days} days from "
                + $"{hb.Start:MM-dd}: their totals are over different periods.");
        }
    }

    private static Table Totals(string title, IEnumerable<string> names,
        IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var table = Tables.Create(title, 2, "total", "unit", "A", "B", "delta", "delta %");
        foreach (var name in names.Where(n => a.ContainsKey(n) || b.ContainsKey(n)))
        {
            var (hasA, hasB) = (a.TryGetValue(name, out var va), b.TryGetValue(name, out var vb));
            var change = new Change(va, vb);
            table.Row(name, TotalNames.UnitOf(name), hasA ? Figures.Amount(va) : "n/a",
                hasB ? Figures.Amount(vb) : "n/a", hasA && hasB ? Figures.Amount(change.Delta) : "n/a",
                hasA && hasB ? Figures.Percent(change.Percent) : "n/a");
        }

        return table;
    }

    private static Table Indicators(IReadOnlyList<IndicatorDocument> a, IReadOnlyList<IndicatorDocument> b)
    {
        var table = Tables.Create("Eco-park indicators", 2, "no", "indicator", "unit", "A", "B", "delta",
            "target B", "met A", "met B");
        var inB = b.ToDictionary(i => i.Number);
        foreach (var ia in a.Where(i => inB.ContainsKey(i.Number)))
        {
            var ib = inB[ia.Number];
            if (ia.Value is null && ib.Value is null)
            {
                continue;
            }

            var delta = ia.Value is { } x && ib.Value is { } y ? new Change(x, y).Delta : (double?)null;
            table.Row(ia.Number.ToString(CultureInfo.InvariantCulture), ia.Name, ia.Unit,
                Figures.Amount(ia.Value), Figures.Amount(ib.Value), Figures.Amount(delta),
                Figures.Amount(ib.Target), Figures.YesNo(ia.Met), Figures.YesNo(ib.Met));
        }

        return table;
    }

    private void ShowNodes(IReadOnlyList<NodeBalanceDocument> a, IReadOnlyList<NodeBalanceDocument> b)
    {
        var inB = b.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var inA = a.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var table = Tables.Create("Nodes whose water or energy changed by more than 0.1 %", 2, "node",
            "quantity", "in A", "in B", "in delta %", "out A", "out B", "out delta %");

        foreach (var node in a.Where(n => inB.ContainsKey(n.Id)))
        {
            foreach (var quantity in Conserved)
            {
                AddIfChanged(table, node.Id, quantity, node, inB[node.Id]);
            }
        }

        foreach (var id in a.Select(n => n.Id).Where(id => !inB.ContainsKey(id)))
        {
            table.Row(id, "only in A", "", "", "", "", "", "");
        }

        foreach (var id in b.Select(n => n.Id).Where(id => !inA.Contains(id)))
        {
            table.Row(id, "only in B", "", "", "", "", "", "");
        }

        if (table.Rows.Count == 0)
        {
            console.Line("No node's water or energy in or out changed by more than 0.1 %.");
            return;
        }

        console.Write(table);
    }

    private static void AddIfChanged(Table table, string id, string quantity, NodeBalanceDocument a,
        NodeBalanceDocument b)
    {
        var qa = a.Quantities.GetValueOrDefault(quantity);
        var qb = b.Quantities.GetValueOrDefault(quantity);
        var input = new Change(qa?.In ?? 0, qb?.In ?? 0);
        var output = new Change(qa?.Out ?? 0, qb?.Out ?? 0);
        if (!input.Exceeds(NodeThreshold) && !output.Exceeds(NodeThreshold))
        {
            return;
        }

        var unit = (qa ?? qb)!.Unit;
        table.Row(id, $"{quantity} ({unit})", Figures.Amount(input.A), Figures.Amount(input.B),
            Figures.Percent(input.Percent), Figures.Amount(output.A), Figures.Amount(output.B),
            Figures.Percent(output.Percent));
    }
}
