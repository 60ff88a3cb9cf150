using Twin.Domain.Model;
using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="HeatPipelineModel"/> on a DN300 pipeline of 5 km with the
/// model's defaults (supply 110 degC, return 50 degC, reference and ground 12 degC, v_max
/// 3 m/s). By the series resistances of <see cref="HeatPipe.LossPerMetre"/>:
/// R = ln(0.47 / 0.3) / (2 pi 0.029) + ln(10 / 0.47) / (2 pi 1.5) = 2.4638844 + 0.3244223
/// = 2.7883066 m.K/W, so the supply pipe loses 98 / 2.7883066 = 35.146780 W/m, i.e.
/// 35.146780 * 5000 m * 86400 s / 1e9 = 15.183409 GJ per day, and the return pipe
/// 38 / 2.7883066 = 13.628343 W/m, i.e. 5.887444 GJ per day.
/// </summary>
public sealed class HeatPipelineModelTests
{
    private const double SupplyLossPerDay = 15.183409059552309;
    private const double ReturnLossPerDay = 5.887444329214162;

    // rho A v_max cp (Ts - Tref) = 972 kg/m3 * 0.0706858 m2 * 3 m/s * 4190 J/(kg.K) * 98 K
    // = 84.636951 MW = 84.636951e6 W * 86400 s / 1e9 = 7312.6326 GJ per day
    // (water at about 80 degC, IAPWS-IF97: 972 kg/m3, 4.19 kJ/(kg.K))
    private const double CapacityPerDay = 7312.632555609682;

    [Fact]
    public void Evaluate_HeatAsked_TakesAskPlusSupplyPipeLoss()
    {
        var run = Park("1000 GJ/d", "40 %").Run();

        // the city asks 1000 / (1 - 0.4) = 1666.6667 GJ gross; the pipeline asks the plant
        // 1666.6667 + 15.183409 = 1681.8500757 GJ
        Expect.EveryStep(1666.6666666666667, run.Flow("pipe", "city", "heat"));
        Expect.EveryStep(1681.850075726219, run.Flow("plant", "pipe", "heat"));
    }

    [Fact]
    public void Evaluate_ReturnWater_LosesReturnPipeLoss()
    {
        var run = Park("1000 GJ/d", "40 %").Run();

        // return in = 0.4 * 1666.6667 = 666.6667 GJ; out = 666.6667 - 5.887444 = 660.7792223 GJ
        // heat-loss = 15.183409 + 5.887444 = 21.070853 GJ (no pumping electricity connected)
        Expect.EveryStep(666.6666666666667, run.Flow("city", "pipe", "heat-return"));
        Expect.EveryStep(660.7792223374526, run.Flow("pipe", "plant", "heat-return"));
        Expect.EveryStep(21.070853388766473, run.Flow("pipe", "air", "heat-loss"));
        Expect.Balanced(run, "pipe");
    }

    [Fact]
    public void Evaluate_AskedBeyondCapacity_CarriesCapacityAndReportsRest()
    {
        var run = Park("20000 GJ/d").Run();

        // into the pipe: the capacity 7312.6326 GJ; out: 7312.6326 - 15.183409 = 7297.4491 GJ;
        // reported by the pipe: 20000 + 15.183409 - 7312.6326 = 12702.5509 GJ
        Expect.EveryStep(CapacityPerDay, run.Flow("plant", "pipe", "heat"));
        Expect.EveryStep(7297.44914655013, run.Flow("pipe", "city", "heat"));
        Expect.Near(12702.55085344987, run.Shortfall("pipe", "asked beyond capacity (GJ)"));
        Expect.Near(12702.55085344987, run.Shortfall("city", "heat demand not met (GJ)"));
    }

    [Fact]
    public void Evaluate_HourlyPeakDay_NoStepCarriesMoreThanCapacity()
    {
        // Day 2 weighs 30, the other days 1, so the year's mean weight is 394 / 365. The city
        // asks 2400 GJ/d: 100 GJ/h * 365 / 394 = 92.639594 GJ/h on ordinary days, within the
        // hourly capacity 7312.6326 / 24 = 304.69302 GJ, and 30 times that on day 2, beyond it.
        var weights = Enumerable.Repeat(1.0, ProfileSpec.DaysPerYear).ToArray();
        weights[1] = 30;
        var peak = new ProfileSpec("peak", weights, "test", SourceLocation.None);
        var run = Park("2400 GJ/d", profile: peak).Horizon(3, StepLength.Hour).Run();

        var carried = run.Flow("plant", "pipe", "heat");

        // ordinary hours: 92.639594 + 15.183409 / 24 = 92.639594 + 0.632642 = 93.272236 GJ
        Assert.Equal(72, carried.Length);
        Assert.All(carried, heat => Assert.True(heat <= 304.6930231504034 * (1 + 1e-12), $"{heat} GJ"));
        Expect.EveryStep(93.27223595277745, carried[..24]);
        Expect.EveryStep(304.6930231504034, carried[24..48]);
        Expect.EveryStep(93.27223595277745, carried[48..]);
        Expect.Balanced(run, "pipe");
    }

    [Fact]
    public void Evaluate_PumpingElectricity_EndsAsHeatLoss()
    {
        var run = Park("1000 GJ/d", "40 %").Connect("grid", "pipe", "electricity").Run();

        var pumping = run.At("grid", "pipe", "electricity") * 3.6;

        // Both pipes are pumped; their work leaves as heat besides the two pipe losses.
        Assert.True(pumping > 0);
        Expect.EveryStep(21.070853388766473 + pumping, run.Flow("pipe", "air", "heat-loss"));
        Expect.Balanced(run, "pipe");
    }

    [Fact]
    public void Evaluate_WasteHeatAndFiredHeatInputs_TakesWasteHeatFirst()
    {
        // Fired heat is connected first, so only the cascade rank (waste heat 1, heat 2) can
        // put waste heat first.
        var run = Park("1000 GJ/d").Boundary("chp").Connect("chp", "pipe", "waste-heat").Run();

        // all of 1000 + 15.183409 = 1015.183409 GJ comes as waste heat
        Expect.EveryStep(1015.1834090595523, run.Flow("chp", "pipe", "waste-heat"));
        Expect.EveryStep(0, run.Flow("plant", "pipe", "heat"));
    }

    private static ParkBuilder Park(string demand, string? returnShare = null,
        ProfileSpec? profile = null)
    {
        var park = new ParkBuilder().Boundary("plant").Boundary("air").Boundary("grid");
        park = returnShare is null
            ? park.Boundary("city", ("heat_demand", demand))
            : park.Boundary("city", ("heat_demand", demand), ("heat_return_share", returnShare));
        if (profile is not null)
        {
            park.Profile(profile);
        }

        park.Node("pipe", "heat-pipeline", ("diameter", "DN300"), ("length", "5 km"))
            .Connect("plant", "pipe", "heat")
            .Connect("pipe", "city", "heat")
            .Connect("pipe", "air", "heat-loss");
        return returnShare is null
            ? park
            : park.Connect("city", "pipe", "heat-return").Connect("pipe", "plant", "heat-return");
    }
}
