namespace Twin.Domain.Accounting;

/// <summary>One eco-park indicator for a scenario, as indicators.json reports it.</summary>
/// <param name="Value">The scenario's value; null when neither flows nor the topology give one.</param>
/// <param name="Target">The plan's target for the scenario's year, if it sets one.</param>
/// <param name="Met">Whether the value meets the standard and, where there is one, the target.</param>
/// <param name="Basis">"flows" (computed from the run), "baseline" (against the baseline run)
/// or "given" (a management fact the topology records).</param>
public sealed record IndicatorResult(
    int Number,
    string Name,
    string Unit,
    double? Value,
    string Standard,
    double? Target,
    bool? Met,
    string Basis);
