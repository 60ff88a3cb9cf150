namespace Twin.Host.Api.Documents;

/// <summary>The 23 eco-park indicators of a run, as indicators.json holds them.</summary>
public sealed record IndicatorsDocument(string Scenario, int Run, IReadOnlyList<IndicatorRow> Indicators);
