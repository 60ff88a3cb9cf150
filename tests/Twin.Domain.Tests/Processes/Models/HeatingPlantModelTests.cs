using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="HeatingPlantModel"/>: fuel = (heat sent - heat returned) /
/// efficiency, and fuel + return = heat sent + loss. The default efficiency 82 % lies in the
/// 80-86 % of GB 24500-2020. Natural gas carries 13883 tce / 1043.8e4 Nm3 (the park plan's
/// table 4.2-1) * 29.307 GJ/tce = 0.0389796 GJ/Nm3.
/// </summary>
public sealed class HeatingPlantModelTests
{
    [Fact]
    public void Evaluate_NetHeat_BurnsNetHeatOverEfficiency()
    {
        var run = Park("40 %").Run();

        // sent = 1000 / (1 - 0.4) = 1666.6667 GJ, returned 666.6667 GJ, net 1000 GJ;
        // fuel = 1000 / 0.82 = 1219.5121951 GJ = 1219.5121951 / 0.0389796 = 31285.907156 Nm3
        Expect.EveryStep(1666.6666666666667, run.Flow("plant", "city", "heat"));
        Expect.EveryStep(31285.9071556802, run.Flow("market", "plant", "natural-gas"));
    }

    [Fact]
    public void Evaluate_Fuel_LossClosesTheEnergyBalance()
    {
        var run = Park("40 %").Run();

        // loss = fuel + return - sent = 1219.5121951 + 666.6667 - 1666.6667 = 219.5121951 GJ
        // CO2 = 1219.5121951 GJ * 0.0561 t/GJ (IPCC 2006, natural gas) = 68.4146341 t
        Expect.EveryStep(219.5121951219512, run.Flow("plant", "air", "heat-loss"));
        Expect.EveryStep(68.41463414634146, run.Flow("plant", "air", "co2"));
        Expect.Balanced(run, "plant");
    }

    [Fact]
    public void Evaluate_AskedBeyondHeatCapacity_SendsCapacity()
    {
        var run = Park("0 %", ("heat_capacity", "20 GJ/h")).Run();

        // capacity 20 GJ/h * 24 h = 480 GJ of the 1000 GJ asked: 520 GJ unmet at the city;
        // fuel = 480 / 0.82 = 585.3658537 GJ
        Expect.EveryStep(480, run.Flow("plant", "city", "heat"));
        Expect.Near(520, run.Shortfall("city", "heat demand not met (GJ)"));
        Expect.Near(585.3658536585366, run.At("market", "plant", "natural-gas") * 0.03897960155202146);
    }

    private static ParkBuilder Park(string returnShare, params (string Name, string Value)[] plant) =>
        new ParkBuilder()
            .Boundary("market").Boundary("air")
            .Boundary("city", ("heat_demand", "1000 GJ/d"), ("heat_return_share", returnShare))
            .Node("plant", "heating-plant", plant)
            .Connect("market", "plant", "natural-gas")
            .Connect("plant", "city", "heat")
            .Connect("city", "plant", "heat-return")
            .Connect("plant", "air", "heat-loss")
            .Connect("plant", "air", "co2");
}
