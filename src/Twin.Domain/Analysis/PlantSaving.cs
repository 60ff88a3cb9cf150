namespace Twin.Domain.Analysis;

/// <summary>
/// What a fallback plant burns over the season with the waste heat and with it shut: the coal
/// (t, and tce at the coal's heating value) and the net heat it sends (GJ).
/// </summary>
public sealed record PlantSaving(
    string Id,
    double CoalT,
    double CoalShutT,
    double CoalDisplacedT,
    double CoalDisplacedTce,
    double FiredHeatGj,
    double FiredHeatShutGj);
