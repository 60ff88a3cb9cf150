using Spectre.Console;
using Twin.Domain.Analysis;

namespace Twin.Cli.Output;

/// <summary>What <c>twin heat --shut</c> prints: the season with a pipeline shut beside the intact.</summary>
internal sealed class BranchShutView(IAnsiConsole console)
{
    public void Show(string pipeline, SeasonReport intact, SeasonReport shut)
    {
        var table = Tables.Create($"Season with {pipeline} shut", 2, "figure", "unit", "intact", "shut",
            "change");
        Row(table, "heat delivered at the receivers", "GJ", intact.HeatDeliveredGj, shut.HeatDeliveredGj);
        Row(table, "heat lost by the pipes", "GJ", intact.HeatLossGj, shut.HeatLossGj);
        Row(table, "fired heat displaced", "GJ", intact.FiredHeatDisplacedGj, shut.FiredHeatDisplacedGj);
        Row(table, "coal displaced", "tce", intact.CoalDisplacedTce, shut.CoalDisplacedTce);
        Row(table, "CO2 avoided", "t", intact.Co2AvoidedT, shut.Co2AvoidedT);
        Row(table, "heat demand not met", "GJ", intact.UnmetGj, shut.UnmetGj);
        var after = shut.Receivers.ToDictionary(r => r.Id);
        foreach (var r in intact.Receivers.Where(r => after.ContainsKey(r.Id)))
        {
            Row(table, $"{r.Id}: waste heat", "GJ", r.WasteHeatGj, after[r.Id].WasteHeatGj);
            Row(table, $"{r.Id}: fired heat", "GJ", r.FiredHeatGj, after[r.Id].FiredHeatGj);
        }

        console.Write(table);
    }

    private static void Row(Table table, string figure, string unit, double intact, double shut) =>
        table.Row(figure, unit, Figures.Amount(intact), Figures.Amount(shut),
            Figures.Percent(new Change(intact, shut).Percent));
}
