using System.Globalization;
using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Host.Api.Documents;

namespace Twin.Host.Api;

/// <summary>A period of a balance query: its steps, the days they fall on, and its name.</summary>
internal sealed record PeriodSplit(string Label, StepRange Steps, PeriodDays Days)
{
    /// <summary>More periods than a year of hourly steps is a mistake, not a question.</summary>
    public const int MostPeriods = 8784;

    private static readonly string[] Names = ["step", "day", "month", "heating_season", "horizon"];

    public static string Known => string.Join(", ", Names);

    public static bool TryParse(string? text, out BalancePeriod period)
    {
        var index = Array.IndexOf(Names, string.IsNullOrEmpty(text) ? "horizon" : text.Replace('-', '_'));
        period = index < 0 ? BalancePeriod.Horizon : (BalancePeriod)index;
        return index >= 0;
    }

    public static string NameOf(BalancePeriod period) => Names[(int)period];

    /// <summary>
    /// Splits <paramref name="range"/> at the boundaries of <paramref name="period"/>. A heating
    /// season is a run of days that <paramref name="inSeason"/> says are in it; the days between
    /// two seasons are a period of their own, so the periods always cover the whole range.
    /// </summary>
    public static IReadOnlyList<PeriodSplit> Split(StepRange range, HorizonDefinition horizon, BalancePeriod period,
        Func<DateOnly, bool> inSeason)
    {
        var perDay = 24 / horizon.StepHours;
        var periods = new List<PeriodSplit>();
        var start = range.From;
        for (var step = range.From + 1; step <= range.To; step++)
        {
            if (step == range.To || Breaks(step, horizon, perDay, period, inSeason))
            {
                periods.Add(Of(start, step, horizon, perDay, period, inSeason));
                start = step;
            }
        }

        return periods;
    }

    private static bool Breaks(int step, HorizonDefinition horizon, int perDay, BalancePeriod period,
        Func<DateOnly, bool> inSeason)
    {
        var day = Day(step, horizon, perDay);
        var before = Day(step - 1, horizon, perDay);
        return period switch
        {
            BalancePeriod.Step => true,
            BalancePeriod.Day => day != before,
            BalancePeriod.Month => day.Month != before.Month || day.Year != before.Year,
            BalancePeriod.HeatingSeason => inSeason(day) != inSeason(before),
            _ => false,
        };
    }

    private static PeriodSplit Of(int from, int to, HorizonDefinition horizon, int perDay, BalancePeriod period,
        Func<DateOnly, bool> inSeason)
    {
        var days = new PeriodDays(Day(from, horizon, perDay), Day(to - 1, horizon, perDay));
        var label = period switch
        {
            BalancePeriod.Step => perDay == 1
                ? Date(days.First)
                : $"{Date(days.First)}T{from % perDay:D2}",
            BalancePeriod.Day => Date(days.First),
            BalancePeriod.Month => days.First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            BalancePeriod.HeatingSeason => Season(days.First, inSeason(days.First)),
            _ => $"{Date(days.First)}/{Date(days.Last)}",
        };
        return new PeriodSplit(label, new StepRange(from, to), days);
    }

    /// <summary>
    /// A season that starts in the autumn belongs to that winter; one that starts in January to
    /// the winter before.
    /// </summary>
    private static string Season(DateOnly first, bool heating)
    {
        if (!heating)
        {
            return $"outside the heating season {first.Year}";
        }

        var autumn = first.Month >= 7 ? first.Year : first.Year - 1;
        return $"heating season {autumn}/{(autumn + 1) % 100:D2}";
    }

    private static DateOnly Day(int step, HorizonDefinition horizon, int perDay) =>
        horizon.Start.AddDays(step / perDay);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
