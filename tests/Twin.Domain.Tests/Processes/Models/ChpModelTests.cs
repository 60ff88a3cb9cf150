using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;
using Twin.Domain.Validation;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="ChpModel"/>. The base case, per daily step: generation
/// 100 MW gives E = 100 MW * 24 h = 2400 MWh; the city asks 100 GJ/h net with 40 % of the
/// supplied heat coming back, so it is sent 2400 / (1 - 0.4) = 4000 GJ and returns 1600 GJ,
/// and the fired net heat is Qf = 4000 - 1600 = 2400 GJ.
/// </summary>
public sealed class ChpModelTests
{
    [Fact]
    public void Evaluate_GenerationAndNetHeat_BurnsCoalAtStatedRates()
    {
        var run = Plant().Run();

        // coal (tce) = E * power_coal_rate + Qf * heat_coal_rate
        //            = 2400 MWh * 0.300 tce/MWh + 2400 GJ * 0.039 tce/GJ = 720 + 93.6 = 813.6 tce
        // coal (t)   = 813.6 tce * 29.307 GJ/tce / (0.738 tce/t * 29.307 GJ/tce) = 1102.4390244 t
        // (29.307 GJ/tce: GB/T 2589-2020; 0.738 tce/t: the coal carrier's default, from table
        // 4.2-1 of the park plan; 39 kgce/GJ: the model's default heat coal rate, from the China
        // Electricity Council statistics)
        Expect.EveryStep(1102.439024390244, run.Flow("market", "chp", "coal"));
    }

    [Fact]
    public void Evaluate_CityWithReturn_SendsGrossHeatAndElectricity()
    {
        var run = Plant().Run();

        // E = 100 MW * 24 h = 2400 MWh; heat sent = 2400 GJ / (1 - 0.4) = 4000 GJ, of which
        // 0.4 * 4000 = 1600 GJ comes back in the return water.
        Expect.EveryStep(2400, run.Flow("chp", "grid", "electricity"));
        Expect.EveryStep(4000, run.Flow("chp", "city", "heat"));
        Expect.EveryStep(1600, run.Flow("city", "chp", "heat-return"));
    }

    [Fact]
    public void Evaluate_StackAndCoolingLoss_CloseTheEnergyBalance()
    {
        var run = Plant().Run();

        // coal energy = 813.6 tce * 29.307 GJ/tce = 23844.1752 GJ
        // stack loss  = 5 % * 23844.1752 = 1192.20876 GJ (default stack_loss, GB/T 10184-2015)
        // cooling     = coal + return - stack - E - heat
        //             = 23844.1752 + 1600 - 1192.20876 - 2400 * 3.6 - 4000 = 11611.96644 GJ
        // heat-loss   = stack + cooling = 12804.1752 GJ
        Expect.Near(1192.20876, run.Detail("chp", "stack loss (GJ)"));
        Expect.Near(11611.96644, run.Detail("chp", "cooling loss (GJ)"));
        Expect.EveryStep(12804.1752, run.Flow("chp", "sea", "heat-loss"));
        Expect.Balanced(run, "chp");
    }

    [Fact]
    public void Evaluate_SulphurCaptured_BecomesGypsumAt2687TonnesPerTonne()
    {
        var run = Plant().Run();

        // C = 1102.4390244 t coal. SO2 formed = C * S * conversion * 64.07 / 32.06
        //   = 1102.4390244 * 0.008 * 0.85 * 1.9984404 = 14.9814792 t (defaults 0.8 % S, 85 %)
        // SO2 emitted = C * 0.35 kg/t = 0.3858537 t;
        // captured = 14.9814792 - 0.3858537 = 14.5956256 t
        // gypsum = captured * 172.17 / 64.07 (CaSO4.2H2O per SO2)
        //        = 14.5956256 * 2.6872171 = 39.2216147 t
        Expect.Near(14.981479238622704, run.Detail("chp", "so2 formed (t)"));
        Expect.Near(14.595625580086118, run.Detail("chp", "so2 captured as gypsum (t)"));
        Expect.EveryStep(0.3858536585365854, run.Flow("chp", "air", "so2"));
        Expect.EveryStep(39.22161473581125, run.Flow("chp", "buyer", "gypsum"));
    }

    [Fact]
    public void Evaluate_Coal_EmitsCo2AtIpccFactor()
    {
        var run = Plant().Run();

        // CO2 = coal energy * 94.6 t/TJ (IPCC 2006 vol. 2 table 1.4, other bituminous coal)
        //     = 23844.1752 GJ * 0.0946 t/GJ = 2255.6589739 t
        Expect.EveryStep(2255.65897392, run.Flow("chp", "air", "co2"));
        Expect.Near(2255.65897392, run.Transformed("chp", "co2"));
    }

    [Fact]
    public void Evaluate_MakeupWater_SplitsIntoWastewaterNetworkAndEvaporation()
    {
        var run = Plant(
                ("makeup_water", "1000 t/d"), ("wastewater", "200 t/d"), ("network_makeup", "100 t/d"))
            .Connect("reservoir", "chp", "fresh-water")
            .Connect("chp", "sea", "wastewater")
            .Connect("chp", "city", "leakage")
            .Connect("chp", "air", "evaporation")
            .Run();

        // make-up = evaporation + wastewater + network: evaporation = 1000 - 200 - 100 = 700 t
        Expect.EveryStep(1000, run.Flow("reservoir", "chp", "fresh-water"));
        Expect.EveryStep(200, run.Flow("chp", "sea", "wastewater"));
        Expect.EveryStep(100, run.Flow("chp", "city", "leakage"));
        Expect.EveryStep(700, run.Flow("chp", "air", "evaporation"));
        Expect.Balanced(run, "chp");
    }

    [Fact]
    public void Evaluate_WasteHeatCapped_ServesCapacityAndCityReportsRest()
    {
        var run = Plant(("waste_heat_recovery", "50 %"), ("waste_heat_capacity", "10 GJ/h"))
            .Boundary("district", ("heat_demand", "50 GJ/h"))
            .Connect("chp", "district", "waste-heat")
            .Run();

        // The district asks 50 GJ/h * 24 h = 1200 GJ; the recoverable half of the 11611.97 GJ
        // cooling loss would cover it, but the capacity is 10 GJ/h * 24 h = 240 GJ, so
        // 1200 - 240 = 960 GJ is reported unmet. Waste heat burns no coal: coal stays 1102.44 t,
        // and the cooling loss falls by the 240 GJ sent: 11611.96644 - 240 = 11371.96644 GJ.
        Expect.EveryStep(240, run.Flow("chp", "district", "waste-heat"));
        Expect.Near(960, run.Shortfall("district", "heat demand not met (GJ)"));
        Expect.EveryStep(1102.439024390244, run.Flow("market", "chp", "coal"));
        Expect.Near(11371.96644, run.Detail("chp", "cooling loss (GJ)"));
        Expect.Balanced(run, "chp");
    }

    [Fact]
    public void Evaluate_WasteHeatReturned_BurnsNoCoalForIt()
    {
        var run = Plant(("waste_heat_recovery", "50 %"), ("waste_heat_capacity", "100 GJ/h"))
            .Boundary("district", ("heat_demand", "30 GJ/h"), ("heat_return_share", "40 %"))
            .Connect("chp", "district", "waste-heat")
            .Connect("district", "chp", "heat-return")
            .Run();

        // The district asks 30 GJ/h * 24 h = 720 GJ net, so it is sent 720 / 0.6 = 1200 GJ of
        // waste heat and returns 480 GJ. That return belongs to the waste heat: the fired heat's
        // net stays 2400 GJ and coal stays 1102.44 t, as in the plant without a district.
        Expect.EveryStep(1200, run.Flow("chp", "district", "waste-heat"));
        Expect.EveryStep(480, run.Flow("district", "chp", "heat-return"));
        Expect.EveryStep(1102.439024390244, run.Flow("market", "chp", "coal"));
        Expect.Balanced(run, "chp");
    }

    [Fact]
    public void Validate_PowerCoalRateBelowThermodynamicMinimum_ReportsOutputsAboveInputs()
    {
        // Least coal per kWh: 3.6 MJ / (29.307 MJ/gce * 1e-3 * (1 - 5 % stack)) = 129.3 gce/kWh,
        // so 120 gce/kWh would send out more electricity than the coal holds.
        var park = Plant(("power_coal_rate", "120 gce/kWh")).Build();

        var issues = new ParkValidator().Validate(park);

        var issue = Assert.Single(issues);
        Assert.Equal("node 'chp'", issue.Subject);
        Assert.Contains("power_coal_rate", issue.Message, StringComparison.Ordinal);
        Assert.Contains("outputs above inputs", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PowerCoalRateJustAboveMinimum_IsAccepted()
    {
        var park = Plant(("power_coal_rate", "130 gce/kWh")).Build();

        Assert.Empty(new ParkValidator().Validate(park));
    }

    [Fact]
    public void Validate_HeatCoalRateBelowMinimum_ReportsOutputsAboveInputs()
    {
        // Least coal per GJ of heat: 1 GJ / (29.307 GJ/tce * 0.95) = 35.92 kgce/GJ.
        var park = Plant(("heat_coal_rate", "35 kgce/GJ")).Build();

        var issue = Assert.Single(new ParkValidator().Validate(park));
        Assert.Contains("heat_coal_rate", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GenerationAboveCapacity_IsRejected()
    {
        var park = Plant(("generation", "400 MW")).Build();

        var issue = Assert.Single(new ParkValidator().Validate(park));
        Assert.Contains("generation exceeds electrical_capacity", issue.Message,
            StringComparison.Ordinal);
    }

    /// <summary>
    /// A 300 MW CHP at 100 MW and 300 gce/kWh, a city asking 100 GJ/h net with 40 % return,
    /// and the outputs every coal plant must have. Extra parameters override the base ones.
    /// </summary>
    internal static ParkBuilder Plant(params (string Name, string Value)[] overrides)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["electrical_capacity"] = "300 MW",
            ["generation"] = "100 MW",
            ["power_coal_rate"] = "300 gce/kWh",
        };
        foreach (var (name, value) in overrides)
        {
            parameters[name] = value;
        }

        return new ParkBuilder()
            .Boundary("market").Boundary("grid").Boundary("air").Boundary("sea").Boundary("buyer")
            .Boundary("reservoir")
            .Boundary("city", ("heat_demand", "100 GJ/h"), ("heat_return_share", "40 %"))
            .Node("chp", "chp", parameters.Select(p => (p.Key, p.Value)).ToArray())
            .Connect("market", "chp", "coal")
            .Connect("chp", "grid", "electricity")
            .Connect("chp", "city", "heat")
            .Connect("city", "chp", "heat-return")
            .Connect("chp", "sea", "heat-loss")
            .Connect("chp", "air", "so2")
            .Connect("chp", "air", "nox")
            .Connect("chp", "air", "dust")
            .Connect("chp", "air", "co2")
            .Connect("chp", "buyer", "fly-ash")
            .Connect("chp", "buyer", "slag")
            .Connect("chp", "buyer", "gypsum");
    }
}
