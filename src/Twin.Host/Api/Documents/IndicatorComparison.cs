namespace Twin.Host.Api.Documents;

/// <summary>One eco-park indicator in two runs, with b - a; values null where unknown.</summary>
public sealed record IndicatorComparison(
    int Number,
    string Name,
    string Unit,
    double? A,
    double? B,
    double? Delta,
    double? TargetA,
    double? TargetB,
    bool? MetA,
    bool? MetB);
