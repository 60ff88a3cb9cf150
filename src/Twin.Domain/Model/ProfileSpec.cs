namespace Twin.Domain.Model;

/// <summary>
/// A profile over a 365-day year, one weight per day. A load shape (the default) spreads a
/// yearly rate over the days in proportion to the weights, so it never changes a yearly
/// total: it only moves load between days. An availability (<see cref="Shape"/> false) is used
/// as it is, each day's weight a factor from 0 to 1 of the node's rates and capacity: the
/// ramp-up of a new plant, or days out of service.
/// </summary>
public sealed record ProfileSpec(string Name, IReadOnlyList<double> DailyWeights, string Source,
    SourceLocation Location, bool Shape = true)
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
        var mean = Shape ? DailyWeights.Sum() / DaysPerYear : 1;
        var multipliers = new double[horizon.Steps];
        for (var step = 0; step < multipliers.Length; step++)
        {
            multipliers[step] = mean > 0 ? DailyWeights[horizon.DayOfYear(step)] / mean : 0;
        }

        return multipliers;
    }
}
