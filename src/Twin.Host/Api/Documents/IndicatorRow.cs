using Twin.Grains.Abstractions.Results;

namespace Twin.Host.Api.Documents;

/// <summary>One eco-park indicator: value, target and met are null when unknown.</summary>
/// <param name="Standard">The standard's requirement as written, e.g. "at most 9 t/10k CNY".</param>
/// <param name="Basis">How the value was obtained: computed from flows, or a recorded fact.</param>
public sealed record IndicatorRow(
    int Number,
    string Name,
    string Unit,
    double? Value,
    string Standard,
    double? Target,
    bool? Met,
    string Basis)
{
    public static IndicatorRow Of(IndicatorLine line) =>
        new(line.Number, line.Name, line.Unit, line.Value, line.Standard, line.Target, line.Met, line.Basis);
}
