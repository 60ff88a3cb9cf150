using System.Globalization;
using Spectre.Console;
using Twin.Domain.Analysis;

namespace Twin.Cli.Output;

/// <summary>
/// What <c>twin heat --supply-temperature</c> prints: the season at each supply temperature,
/// with its loss share, what got through, the busiest pipeline's peak flow and velocity, and,
/// under a loss limit, the temperature that delivers most within it.
/// </summary>
internal sealed class TemperatureSweepView(IAnsiConsole console)
{
    public void Show(IReadOnlyList<TemperatureCase> cases, double? lossLimit)
    {
        var table = Tables.Create("Season by supply temperature (return temperature kept)", 1, "Ts degC",
            "delivered GJ", "loss GJ", "loss %", "not met by waste heat GJ", "coal displaced tce",
            "hours full (most)", "peak flow t/h", "peak m/s", "within limit");
        foreach (var c in cases)
        {
            var r = c.Report;
            var short_ = r.Receivers.Sum(x => x.FiredHeatGj + x.UnmetGj);
            table.Row(SeasonReportView.Degrees(c.SupplyTemperatureC), Figures.Amount(r.HeatDeliveredGj),
                Figures.Amount(r.HeatLossGj), SeasonReportView.Share(r.LossShare), Figures.Amount(short_),
                Figures.Amount(r.CoalDisplacedTce), Figures.Amount(r.Segments.Max(s => s.HoursAtCapacity)),
                Figures.Amount(r.Segments.Max(s => s.PeakFlowTPerHour)),
                Figures.Amount(r.Segments.Max(s => s.PeakVelocityMPerS)),
                lossLimit is null ? "n/a" : Figures.YesNo(c.WithinLimit));
        }

        console.Write(table);
        if (lossLimit is { } limit)
        {
            console.Line(Answer(cases, limit));
        }
    }

    private static string Answer(IReadOnlyList<TemperatureCase> cases, double limit)
    {
        var percent = limit.ToString("0.###", CultureInfo.InvariantCulture);
        if (SupplyTemperatureSweep.Best(cases) is not { } best)
        {
            return $"No supply temperature tried keeps the losses within {percent} % of the heat sent.";
        }

        var within = cases.Where(c => c.WithinLimit)
            .Select(c => SeasonReportView.Degrees(c.SupplyTemperatureC));
        return $"Within {percent} % losses, {SeasonReportView.Degrees(best.SupplyTemperatureC)} degC "
            + $"delivers the most waste heat: {Figures.Amount(best.Report.HeatDeliveredGj)} GJ at "
            + $"{SeasonReportView.Share(best.Report.LossShare)} lost; temperatures within the limit: "
            + $"{string.Join(", ", within)} degC.";
    }
}
