using Twin.Domain.Model;

namespace Twin.Host.Api;

/// <summary>
/// Which days are in the heating season: those on which the scenario's heating profile carries
/// load (its degree-day weight is zero outside the season the park file declares). Without a
/// heating profile, Weihai's statutory season, 15 November to 31 March.
/// </summary>
internal static class HeatingSeason
{
    public const string Profile = "heating";

    public static Func<DateOnly, bool> Of(ParkModel? park)
    {
        if (park?.Profiles.TryGetValue(Profile, out var heating) == true)
        {
            var weights = heating.DailyWeights;
            return day => weights[Math.Min(day.DayOfYear - 1, ProfileSpec.DaysPerYear - 1)] > 0;
        }

        return day => day.Month is >= 12 or <= 3 || (day.Month == 11 && day.Day >= 15);
    }
}
