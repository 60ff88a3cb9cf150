namespace Twin.Domain.Accounting;

/// <summary>How an indicator's value compares with its standard and target.</summary>
public enum Comparison
{
    AtLeast,
    AtMost,
    Above,

    /// <summary>A yes/no fact, recorded as 1 for yes.</summary>
    Present,
}

/// <summary>An indicator of the provincial eco-industrial park standard (23 in all).</summary>
public sealed record IndicatorDefinition(int Number, string Name, string Unit, Comparison Comparison,
    double Standard)
{
    public string StandardText => Comparison switch
    {
        Comparison.AtLeast => $">= {Standard:G}",
        Comparison.AtMost => $"<= {Standard:G}",
        Comparison.Above => $"> {Standard:G}",
        _ => "present",
    };

    /// <summary>
    /// Whether a value reaches a plan target. A target is a value to reach, so a standard of
    /// "more than 6" (new eco-industrial chain projects) is met by its target of 8 at 8.
    /// </summary>
    public bool MeetsTarget(double value, double target) =>
        Comparison == Comparison.Above ? value >= target - 1e-9 : Meets(value, target);

    public bool Meets(double value, double threshold) => Comparison switch
    {
        Comparison.AtLeast => value >= threshold - 1e-9,
        Comparison.AtMost => value <= threshold + 1e-9,
        Comparison.Above => value > threshold,
        _ => value >= 1,
    };
}
