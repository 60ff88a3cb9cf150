using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="HeatExchangeStationModel"/> with its defaults: supply 110 degC,
/// return 50 degC (CJJ 34-2010 ranges), efficiency 98 %, reference 12 degC. The return share
/// is r = (Tr - Tref) / (Ts - Tref) = (50 - 12) / (110 - 12) = 38 / 98 = 0.3877551, and for
/// 1000 GJ delivered the station asks gross = 1000 / (0.98 * (1 - 0.3877551)) = 1000 / 0.6
/// = 1666.6667 GJ.
/// </summary>
public sealed class HeatExchangeStationModelTests
{
    [Fact]
    public void Evaluate_Demand_AsksGrossOfReturnAndEfficiency()
    {
        var run = Park().Run();

        Expect.EveryStep(1666.6666666666667, run.Flow("boiler", "hes", "heat"));
        Expect.EveryStep(1000, run.Flow("hes", "homes", "heat"));
    }

    [Fact]
    public void Evaluate_ReturnShare_GoesBackToTheSource()
    {
        var run = Park().Run();

        // return = 0.3877551 * 1666.6667 = 646.2585034 GJ; net = 1666.6667 - 646.2585 =
        // 1020.4081633 GJ; loss = net - delivered = 1020.4081633 - 1000 = 20.4081633 GJ
        Expect.EveryStep(646.2585034013606, run.Flow("hes", "boiler", "heat-return"));
        Expect.EveryStep(20.408163265306143, run.Flow("hes", "air", "heat-loss"));
        Expect.Balanced(run, "hes");
    }

    [Fact]
    public void Evaluate_WasteHeatAndFiredHeat_TakesWasteHeatFirst()
    {
        // Fired heat is connected first, so only the cascade rank can put waste heat first.
        var run = ChpModelTests
            .Plant(("waste_heat_recovery", "50 %"), ("waste_heat_capacity", "10 GJ/h"))
            .Boundary("boiler")
            .Then(Station)
            .Connect("chp", "hes", "waste-heat")
            .Connect("hes", "chp", "heat-return")
            .Run();

        // The CHP sends its waste-heat capacity 10 GJ/h * 24 h = 240 GJ; the boiler sends
        // the rest of the gross 1666.6667 GJ: 1426.6667 GJ. Each gets back r of its heat:
        // 0.3877551 * 240 = 93.0612245 GJ and 0.3877551 * 1426.6667 = 553.1972789 GJ.
        Expect.EveryStep(240, run.Flow("chp", "hes", "waste-heat"));
        Expect.EveryStep(1426.6666666666667, run.Flow("boiler", "hes", "heat"));
        Expect.EveryStep(93.06122448979592, run.Flow("hes", "chp", "heat-return"));
        Expect.EveryStep(553.1972789115646, run.Flow("hes", "boiler", "heat-return"));
        Expect.EveryStep(1000, run.Flow("hes", "homes", "heat"));
        Expect.Balanced(run, "hes");
    }

    [Fact]
    public void Evaluate_SourceCapped_ReportsDemandNotMet()
    {
        var run = new ParkBuilder()
            .Boundary("market").Boundary("air")
            .Node("boiler", "heating-plant", ("heat_capacity", "25 GJ/h"))
            .Connect("market", "boiler", "other-fuel")
            .Connect("boiler", "air", "heat-loss")
            .Connect("boiler", "air", "co2")
            .Then(Station)
            .Run();

        // The boiler sends at most 25 GJ/h * 24 h = 600 GJ, of which 0.3877551 * 600 =
        // 232.6530612 GJ returns; delivered = 0.98 * (600 - 232.6530612) = 360 GJ, so
        // 1000 - 360 = 640 GJ of demand is reported unmet.
        Expect.EveryStep(600, run.Flow("boiler", "hes", "heat"));
        Expect.EveryStep(360, run.Flow("hes", "homes", "heat"));
        Expect.Near(640, run.Shortfall("hes", "heat demand not met (GJ)"));
    }

    [Fact]
    public void Validate_ReturnNotBelowSupply_IsRejected()
    {
        var park = new ParkBuilder()
            .Boundary("boiler").Boundary("homes").Boundary("air")
            .Node("hes", "heat-exchange-station", ("heat_demand", "1000 GJ/d"),
                ("supply_temperature", "70 degC"), ("return_temperature", "70 degC"))
            .Connect("boiler", "hes", "heat")
            .Connect("hes", "homes", "heat")
            .Connect("hes", "air", "heat-loss")
            .Build();

        var issue = Assert.Single(new Validation.ParkValidator().Validate(park));
        Assert.Contains("return_temperature is not below supply_temperature", issue.Message,
            StringComparison.Ordinal);
    }

    private static ParkBuilder Park() => Station(new ParkBuilder().Boundary("boiler").Boundary("air"));

    /// <summary>A station asking 1000 GJ/d of fired heat from "boiler", returning to it.</summary>
    private static ParkBuilder Station(ParkBuilder park) => park
        .Boundary("homes")
        .Node("hes", "heat-exchange-station", ("heat_demand", "1000 GJ/d"))
        .Connect("boiler", "hes", "heat")
        .Connect("hes", "boiler", "heat-return")
        .Connect("hes", "homes", "heat")
        .Connect("hes", "air", "heat-loss");
}
