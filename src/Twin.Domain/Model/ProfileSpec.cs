namespace Twin.Domain.Model;

/// <summary>
/// A load profile over a 365-day year, as one weight per day. A yearly rate is spread over
/// the days in proportion to the weights, so a profile never changes a yearly total: it
/// only moves load between days.
/// </summary>
public sealed record ProfileSpec(string Name, IReadOnlyList<double> DailyWeights, string Source,
    SourceLocation Location)
{
    public const int DaysPerYear = 365;

    /// <summary>A flat profile: every day carries the same load.</summary>
    public static ProfileSpec Flat { get; } = new(
        "flat", Enumerable.Repeat(1.0, DaysPerYear).ToArray(), "constant load", SourceLocation.None);

    /// <summary>
    /// Multipliers per step for <paramref name="horizon"/>: the day's weight divided by the
    /// year's mean weight, so that rate * step hours * multiplier summed over a year gives the
    /// yearly amount. Hourly steps share their day's weight evenly.
    /// </summary>
    public double[] Multipliers(Horizon horizon)
    {
        var mean = DailyWeights.Sum() / DaysPerYear;
        var multipliers = new double[horizon.Steps];
        for (var step = 0; step < multipliers.Length; step++)
        {
            multipliers[step] = mean > 0 ? DailyWeights[horizon.DayOfYear(step)] / mean : 0;
        }

        return multipliers;
    }
}
