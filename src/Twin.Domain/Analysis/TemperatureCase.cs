namespace Twin.Domain.Analysis;

/// <summary>The season of a waste-heat network at one supply temperature.</summary>
/// <param name="WithinLimit">Its loss share is at most the limit asked about (true without one).</param>
public sealed record TemperatureCase(double SupplyTemperatureC, SeasonReport Report, bool WithinLimit);
