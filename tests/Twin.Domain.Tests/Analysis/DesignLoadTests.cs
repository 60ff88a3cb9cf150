using Twin.Domain.Analysis;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Analysis;

public sealed class DesignLoadTests
{
    /// <summary>
    /// Weihai's heating profile (park.yaml): monthly means of CMA station 54774 below an 18 degC
    /// base from 15 November to 31 March.
    /// </summary>
    private static ProfileSpec Weihai()
    {
        double[] means = [-1.0, 0.6, 5.0, 11.0, 16.8, 20.9, 24.4, 25.1, 21.4, 15.6, 8.6, 2.0];
        var start = new DateOnly(2021, 1, 1);
        var weights = Enumerable.Range(0, ProfileSpec.DaysPerYear).Select(day =>
        {
            var date = start.AddDays(day);
            var inSeason = day >= 318 || day <= 89;
            return inSeason ? Math.Max(0, 18 - means[date.Month - 1]) : 0;
        });
        return new ProfileSpec("heating", weights.ToArray(), "weihai-climate", SourceLocation.None);
    }

    [Fact]
    public void Of_BotongStation_IsMeanRateTimesDesignDifferenceOverMeanDegreeDays()
    {
        var park = new ParkBuilder().Boundary("boiler").Boundary("air").Boundary("homes")
            .Node("hes", "heat-exchange-station", ("heat_demand", "2.0 PJ/yr"),
                ("design_outdoor_temperature", "-5.4 degC")).Profile(Weihai())
            .Connect("boiler", "hes", "heat").Connect("hes", "homes", "heat")
            .Connect("hes", "air", "heat-loss")
            .Build();

        var load = DesignLoad.Of(park, park.Node("hes")!, ProcessCatalog.Default);

        // Degree-days of the season: 16 x 9.4 + 31 x 16 + 31 x 19 + 28 x 17.4 + 31 x 13 = 2125.6 K.d,
        // a mean of 5.8235616 K a day. Botong's 2.0 PJ/yr is 228.31050 GJ/h on average; on the
        // design day (GB 50736-2012: -5.4 degC for Weihai) it is 228.31050 x (18 + 5.4) / 5.8235616
        // = 917.38803 GJ/h = 254.83 MW.
        Expect.Near(917.3880316146023, load!.Value, 1e-12);
    }

    [Fact]
    public void Of_StationWithoutDesignTemperature_IsNull()
    {
        var park = new ParkBuilder().Boundary("boiler").Boundary("air").Boundary("homes")
            .Node("hes", "heat-exchange-station", ("heat_demand", "2.0 PJ/yr")).Profile(Weihai())
            .Connect("boiler", "hes", "heat").Connect("hes", "homes", "heat")
            .Connect("hes", "air", "heat-loss")
            .Build();

        Assert.Null(DesignLoad.Of(park, park.Node("hes")!, ProcessCatalog.Default));
    }
}
