using System.Globalization;
using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Nodes;

namespace Twin.Host.Api;

/// <summary>
/// The period of a balance query, from its <c>from</c> and <c>to</c>. Each is either a date
/// (yyyy-MM-dd) or a step index. Dates name whole days, both included: from=2020-01-01 and
/// to=2020-01-31 is January. Steps are half-open like the balance sheet's: from=0 and to=24 is
/// the first day at hourly steps. Left out, <c>from</c> is the horizon's start and <c>to</c> its end.
/// </summary>
internal static class StepQuery
{
    private const string DateFormat = "yyyy-MM-dd";

    public static bool TryParse(string? from, string? to, HorizonDefinition horizon, out StepRange range,
        out string problem)
    {
        range = new StepRange(0, horizon.Steps);
        problem = "";

        if (!TryStep(from, horizon, lastDayIncluded: false, 0, out var first, out problem)
            || !TryStep(to, horizon, lastDayIncluded: true, horizon.Steps, out var end, out problem))
        {
            return false;
        }

        if (first >= end)
        {
            problem = $"the period is empty: step {first} is not before step {end}";
            return false;
        }

        range = new StepRange(first, end);
        return true;
    }

    private static bool TryStep(string? text, HorizonDefinition horizon, bool lastDayIncluded, int absent,
        out int step, out string problem)
    {
        step = absent;
        problem = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out step))
        {
            var (low, high) = lastDayIncluded ? (1, horizon.Steps) : (0, horizon.Steps - 1);
            return step >= low && step <= high || Fail($"step {text} is outside {low}..{high}", out problem);
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var day))
        {
            var offset = day.DayNumber - horizon.Start.DayNumber;
            var last = horizon.Start.AddDays(horizon.Days - 1);
            if (offset < 0 || offset >= horizon.Days)
            {
                return Fail($"{text} is outside the horizon, {horizon.Start:yyyy-MM-dd} to {last:yyyy-MM-dd}",
                    out problem);
            }

            step = (offset + (lastDayIncluded ? 1 : 0)) * (24 / horizon.StepHours);
            return true;
        }

        return Fail($"'{text}' is neither a date (yyyy-MM-dd) nor a step index", out problem);
    }

    private static bool Fail(string message, out string problem)
    {
        problem = message;
        return false;
    }
}
