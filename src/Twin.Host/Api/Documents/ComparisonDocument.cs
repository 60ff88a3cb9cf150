namespace Twin.Host.Api.Documents;

/// <summary>Two scenarios' latest completed runs side by side: totals and indicators with b - a.</summary>
public sealed record ComparisonDocument(
    ScenarioRun A,
    ScenarioRun B,
    IReadOnlyList<TotalComparison> Totals,
    IReadOnlyList<IndicatorComparison> Indicators);
