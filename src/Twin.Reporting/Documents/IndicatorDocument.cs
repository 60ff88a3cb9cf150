using Twin.Domain.Accounting;

namespace Twin.Reporting.Documents;

/// <summary>One eco-park indicator in indicators.json; value, target and met are null when unknown.</summary>
public sealed record IndicatorDocument(
    int Number,
    string Name,
    string Unit,
    double? Value,
    string Standard,
    double? Target,
    bool? Met,
    string Basis)
{
    /// <summary>
    /// An elasticity against a baseline whose quantity was zero has no finite value; JSON has
    /// no number for it, so it is reported as unknown rather than as a made-up figure.
    /// </summary>
    public static IndicatorDocument From(IndicatorResult indicator)
    {
        var finite = indicator.Value is { } v && double.IsFinite(v);
        return new IndicatorDocument(indicator.Number, indicator.Name, indicator.Unit,
            finite ? indicator.Value : null, indicator.Standard, indicator.Target,
            finite ? indicator.Met : null, indicator.Basis);
    }
}
