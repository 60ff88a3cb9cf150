namespace Twin.Domain.Analysis;

/// <summary>
/// A waste-heat network over a season, against the same season with its waste-heat supply
/// shut. Energy, GJ: waste heat sent (net of the return that reaches the source) = heat
/// delivered (net, at the receivers) + supply and return pipe losses; pumping electricity ends
/// as heat in the ground. The savings are the shut run's totals less this run's, so they count
/// every plant whose coal changed, not only the fallbacks.
/// </summary>
/// <param name="LossShare">heat loss / waste heat sent.</param>
/// <param name="FiredHeatDisplacedGj">Net fired heat of the fallback plants, shut less run.</param>
/// <param name="CoalDisplacedT">Coal of the whole park, shut less run (t); also in tce at its
/// heating value.</param>
public sealed record SeasonReport(
    string Scenario,
    DateOnly Start,
    int Days,
    string Step,
    double WasteHeatSentGj,
    double HeatDeliveredGj,
    double HeatLossGj,
    double LossShare,
    double PumpingMwh,
    double FiredHeatDisplacedGj,
    double CoalDisplacedT,
    double CoalDisplacedTce,
    double Co2AvoidedT,
    double So2AvoidedT,
    double NoxAvoidedT,
    double DustAvoidedT,
    double UnmetGj,
    IReadOnlyList<SegmentReport> Segments,
    IReadOnlyList<ReceiverReport> Receivers,
    IReadOnlyList<PlantSaving> Plants);
