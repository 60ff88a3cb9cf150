using Spectre.Console;
using Twin.Domain.Accounting;
using Twin.Reporting;
using Twin.Reporting.Documents;

namespace Twin.Cli.Output;

/// <summary>
/// What <c>twin run</c> prints: what ran, the main totals, the indicator scorecard, the worst
/// node residual, the shortfalls, and where the files are.
/// </summary>
internal sealed class RunSummaryView(IAnsiConsole console)
{
    /// <summary>
    /// Shortfalls over the horizon below a millionth of their unit (t, GJ, MWh) are the solver's
    /// convergence residue on an edge, not demand that went unmet; balance.json keeps them all.
    /// </summary>
    public const double ShortfallFloor = 1e-6;

    public void Show(RunReport report, RunManifest manifest, string folder)
    {
        var result = report.Result;
        console.Line($"Scenario '{manifest.Scenario}' of park '{result.Park.Park}' ({manifest.Year}): "
            + $"{manifest.Horizon.Days} days at one {manifest.Step} per step, {manifest.Engine} engine, "
            + $"converged in {result.Sweeps} sweeps over {result.Loops} loop(s).");

        console.Write(Totals(report.Totals));
        console.Write(Indicators(report.Indicators));
        if (manifest.Baseline is null)
        {
            console.Line("No scenario of an earlier year to serve as baseline: indicators 7, 9, 16 and 17 "
                + "are not computed.");
        }

        ShowResidual(new BalanceSheet(result), result.Park.Horizon);
        ShowShortfalls(report.Nodes);
        console.Line($"Wrote {string.Join(", ", RunFiles.All)} to {folder}");
    }

    private static Table Totals(IReadOnlyDictionary<string, double> totals)
    {
        var table = Tables.Create("Park totals", 2, "total", "unit", "value");
        foreach (var name in TotalNames.Main.Where(totals.ContainsKey))
        {
            table.Row(name, TotalNames.UnitOf(name), Figures.Amount(totals[name]));
        }

        return table;
    }

    private static Table Indicators(IReadOnlyList<IndicatorResult> indicators)
    {
        var table = Tables.Create("Eco-park indicators", 2, "no", "indicator", "value", "unit", "standard",
            "target", "met", "basis");
        foreach (var i in indicators)
        {
            table.Row(i.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Name,
                Figures.Amount(i.Value), i.Unit, i.Standard, Figures.Amount(i.Target), Figures.YesNo(i.Met),
                i.Basis);
        }

        return table;
    }

    private void ShowResidual(BalanceSheet sheet, Domain.Model.Horizon horizon)
    {
        var (residual, node, quantity, step) = sheet.WorstStep();
        console.Line(step < 0
            ? "Largest node residual: 0 (every node's water and energy balance closes exactly)."
            : $"Largest node residual: {Figures.Residual(residual)} of the throughput ({quantity} at "
                + $"'{node}', step {step}, {horizon.Date(step):yyyy-MM-dd}).");
    }

    private void ShowShortfalls(IReadOnlyList<NodeBalance> nodes)
    {
        var shortfalls = nodes
            .SelectMany(n => n.Shortfalls.Where(s => s.Value > ShortfallFloor)
                .Select(s => (Node: n.Id, s.Key, s.Value)))
            .ToArray();
        if (shortfalls.Length == 0)
        {
            console.Line("No shortfalls.");
            return;
        }

        var table = Tables.Create("Shortfalls", 2, "node", "shortfall", "over the horizon");
        foreach (var (node, name, amount) in shortfalls)
        {
            table.Row(node, name, Figures.Amount(amount));
        }

        console.Write(table);
    }
}
