using Twin.Domain.Units;

namespace Twin.Domain.Processes;

/// <summary>
/// A parameter a process model reads. Optional parameters have a default from a cited
/// engineering source, which a topology may override.
/// </summary>
/// <param name="Default">The default as written with its unit, e.g. "0.3 kWh/m3"; null when
/// the parameter is required.</param>
/// <param name="DefaultSource">The citation of the default.</param>
/// <param name="Positive">True when zero and negative values make no physical sense
/// (capacities, heating values, efficiencies).</param>
public sealed record ParameterSpec(
    string Name,
    Dimension Dimension,
    string Meaning,
    string? Default = null,
    string? DefaultSource = null,
    bool Positive = false,
    double? Max = null,
    bool Limit = false)
{
    /// <summary>Required: no default, and not a limit that is simply absent when unstated.</summary>
    public bool Required => Default is null && !Limit;

    public static ParameterSpec Require(string name, Dimension dimension, string meaning,
        bool positive = true) => new(name, dimension, meaning, Positive: positive);

    /// <summary>A capacity that, when a topology does not state it, does not bind.</summary>
    public static ParameterSpec Capacity(string name, Dimension dimension, string meaning) =>
        new(name, dimension, meaning, Positive: true, Limit: true);

    public static ParameterSpec Optional(string name, Dimension dimension, string meaning,
        string @default, string source, bool positive = false, double? max = null) =>
        new(name, dimension, meaning, @default, source, positive, max);
}
