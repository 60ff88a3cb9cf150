using System.Globalization;
using Spectre.Console;
using Twin.Domain.Analysis;

namespace Twin.Cli.Output;

/// <summary>
/// What <c>twin heat</c> prints for a season: the waste heat sent, delivered and lost, what it
/// displaced (from the run against the same season with the waste heat shut), and a table
/// each of the pipelines, the receivers and the fallback plants.
/// </summary>
internal sealed class SeasonReportView(IAnsiConsole console)
{
    public void Show(SeasonReport report, string title)
    {
        console.Line($"{title}: scenario '{report.Scenario}', {report.Days} days from "
            + $"{report.Start:yyyy-MM-dd} at one {report.Step} per step, against the same season with "
            + "the waste heat shut.");
        console.Write(Totals(report));
        console.Write(Segments(report.Segments));
        console.Write(Receivers(report.Receivers));
        if (report.Plants.Count > 0)
        {
            console.Write(Plants(report.Plants));
        }
    }

    public static string Share(double share) =>
        (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    private static Table Totals(SeasonReport r)
    {
        var table = Tables.Create("Season", 2, "figure", "unit", "value");
        table.Row("waste heat sent (net of its return)", "GJ", Figures.Amount(r.WasteHeatSentGj));
        table.Row("heat delivered at the receivers (net)", "GJ", Figures.Amount(r.HeatDeliveredGj));
        table.Row("heat lost by the pipes", "GJ", Figures.Amount(r.HeatLossGj));
        table.Row("loss share of the heat sent", "%", Share(r.LossShare));
        table.Row("pumping electricity", "MWh", Figures.Amount(r.PumpingMwh));
        table.Row("fired heat displaced at the fallbacks", "GJ", Figures.Amount(r.FiredHeatDisplacedGj));
        table.Row("coal displaced", "t", Figures.Amount(r.CoalDisplacedT));
        table.Row("coal displaced", "tce", Figures.Amount(r.CoalDisplacedTce));
        table.Row("CO2 avoided", "t", Figures.Amount(r.Co2AvoidedT));
        table.Row("SO2 avoided", "t", Figures.Amount(r.So2AvoidedT));
        table.Row("NOx avoided", "t", Figures.Amount(r.NoxAvoidedT));
        table.Row("dust avoided", "t", Figures.Amount(r.DustAvoidedT));
        table.Row("heat demand not met", "GJ", Figures.Amount(Unmet(r.UnmetGj)));
        return table;
    }

    private static Table Segments(IReadOnlyList<SegmentReport> segments)
    {
        var table = Tables.Create("Pipelines (capacity: supply pipe at its highest velocity; net: what it "
            + "hands over at its supply and return temperatures)", 1, "pipeline", "DN", "km", "Ts/Tr degC",
            "capacity MW", "net MW", "peak MW", "peak m/s", "loss GJ", "loss %", "hours full",
            "pumping MWh");
        foreach (var s in segments)
        {
            table.Row(s.Id, (s.DiameterM * 1000).ToString("0", CultureInfo.InvariantCulture),
                Figures.Amount(s.LengthM / 1000),
                $"{Degrees(s.SupplyTemperatureC)}/{Degrees(s.ReturnTemperatureC)}",
                Figures.Amount(s.CapacityMw), Figures.Amount(s.NetCapacityMw),
                Figures.Amount(s.PeakGjPerHour / 3.6), Figures.Amount(s.PeakVelocityMPerS),
                Figures.Amount(s.LossGj), Share(s.LossShare), Figures.Amount(s.HoursAtCapacity),
                Figures.Amount(s.PumpingMwh));
        }

        return table;
    }

    private static Table Receivers(IReadOnlyList<ReceiverReport> receivers)
    {
        var table = Tables.Create("Receivers (net heat, GJ)", 2, "receiver", "kind", "demand", "waste heat",
            "fired heat", "not met", "waste heat share", "design load MW");
        foreach (var r in receivers)
        {
            table.Row(r.Id, r.Kind, Figures.Amount(r.DemandGj), Figures.Amount(r.WasteHeatGj),
                Figures.Amount(r.FiredHeatGj), Figures.Amount(Unmet(r.UnmetGj)), Share(r.WasteHeatShare),
                Figures.Amount(r.DesignLoadMw));
        }

        return table;
    }

    private static Table Plants(IReadOnlyList<PlantSaving> plants)
    {
        var table = Tables.Create("Fallback plants: with waste heat and with it shut", 1, "plant", "coal t",
            "coal t (shut)", "coal displaced t", "coal displaced tce", "fired heat GJ",
            "fired heat GJ (shut)");
        foreach (var p in plants)
        {
            table.Row(p.Id, Figures.Amount(p.CoalT), Figures.Amount(p.CoalShutT),
                Figures.Amount(p.CoalDisplacedT), Figures.Amount(p.CoalDisplacedTce),
                Figures.Amount(p.FiredHeatGj), Figures.Amount(p.FiredHeatShutGj));
        }

        return table;
    }

    /// <summary>Unmet heat below the solver's residue shows as none (report.json keeps it).</summary>
    private static double Unmet(double gigajoules) => gigajoules > RunSummaryView.ShortfallFloor ? gigajoules : 0;

    public static string Degrees(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
