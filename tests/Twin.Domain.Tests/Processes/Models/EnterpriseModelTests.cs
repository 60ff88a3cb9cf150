using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;
using Twin.Domain.Validation;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="EnterpriseModel"/>: intake = wastewater + sewage + water in
/// products + evaporation, and fuels + electricity + heat = heat lost.
/// </summary>
public sealed class EnterpriseModelTests
{
    [Fact]
    public void Evaluate_WaterUse_EvaporationClosesTheWaterBalance()
    {
        var run = Factory().Run();

        // evaporation = intake - wastewater - products = 10000 - 6000 - 1000 = 3000 t per day
        Expect.EveryStep(10000, run.Flow("supply", "factory", "fresh-water"));
        Expect.EveryStep(6000, run.Flow("factory", "sea", "wastewater"));
        Expect.EveryStep(1000, run.Flow("factory", "buyer", "water-in-products"));
        Expect.EveryStep(3000, run.Flow("factory", "air", "evaporation"));
        Expect.Balanced(run, "factory");
    }

    [Fact]
    public void Evaluate_Wastewater_CarriesCodAndAmmoniaAtDefaultConcentrations()
    {
        var run = Factory().Run();

        // COD = 6000 t * 300 mg/L * 1e-6 = 1.8 t; NH3-N = 6000 t * 30 mg/L * 1e-6 = 0.18 t
        // (defaults: pre-treated sewer discharge within GB/T 31962-2015 grade B)
        Expect.EveryStep(1.8, run.Flow("factory", "sea", "cod"));
        Expect.EveryStep(0.18, run.Flow("factory", "sea", "nh3n"));
        Expect.Near(1.8, run.Transformed("factory", "cod"));
    }

    [Fact]
    public void Evaluate_ElectricityAndCoal_AllLeaveAsHeat()
    {
        var run = Factory(("coal", "3650 t/yr")).Run();

        // electricity = 10 MW * 24 h = 240 MWh = 864 GJ
        // coal = 3650 t/yr / 365 d = 10 t = 10 * 0.738 tce/t * 29.307 GJ/tce = 216.28566 GJ
        // heat-loss = 864 + 216.28566 = 1080.28566 GJ
        // CO2 = 216.28566 GJ * 0.0946 t/GJ (IPCC 2006, other bituminous coal) = 20.4606234 t
        Expect.EveryStep(240, run.Flow("grid", "factory", "electricity"));
        Expect.EveryStep(10, run.Flow("market", "factory", "coal"));
        Expect.EveryStep(1080.28566, run.Flow("factory", "air", "heat-loss"));
        Expect.EveryStep(20.460623436, run.Flow("factory", "air", "co2"));
        Expect.Balanced(run, "factory");
    }

    [Fact]
    public void Evaluate_WaterCapped_RunsAtShareOfLoadAndReportsShortfall()
    {
        var run = new ParkBuilder()
            .Boundary("reservoir").Boundary("sea").Boundary("air").Boundary("grid").Boundary("buyer")
            .Node("works", "water-works", ("capacity", "8000 t/d"))
            .Connect("reservoir", "works", "raw-water")
            .Connect("works", "sea", "backwash")
            .Connect("grid", "works", "electricity")
            .Connect("works", "air", "heat-loss")
            .Then(b => AddFactory(b, "works"))
            .Run();

        // The works sends at most 8000 t, so the factory runs at 8000 / 10000 = 80 % load:
        // wastewater 0.8 * 6000 = 4800, products 0.8 * 1000 = 800, evaporation 8000 - 5600 =
        // 2400 t; electricity 0.8 * 240 = 192 MWh; unmet water 10000 - 8000 = 2000 t.
        Expect.EveryStep(8000, run.Flow("works", "factory", "fresh-water"));
        Expect.EveryStep(4800, run.Flow("factory", "sea", "wastewater"));
        Expect.EveryStep(800, run.Flow("factory", "buyer", "water-in-products"));
        Expect.EveryStep(2400, run.Flow("factory", "air", "evaporation"));
        Expect.EveryStep(192, run.Flow("grid", "factory", "electricity"));
        Expect.Near(2000, run.Shortfall("factory", "water demand not met (t)"));
        Expect.Balanced(run, "factory");
    }

    [Fact]
    public void Evaluate_WasteHeatAndFiredHeat_TakesWasteHeatFirst()
    {
        // Fired heat is connected first, so only the cascade rank (waste heat 1, heat 2) can
        // put waste heat first; both sources are the outside world and send whatever is asked.
        var run = new ParkBuilder()
            .Boundary("boiler").Boundary("chp").Boundary("air")
            .Node("dyeworks", "enterprise", ("heat", "50 GJ/h"))
            .Connect("boiler", "dyeworks", "heat")
            .Connect("chp", "dyeworks", "waste-heat")
            .Connect("dyeworks", "air", "heat-loss")
            .Run();

        // heat = 50 GJ/h * 24 h = 1200 GJ, all of it waste heat
        Expect.EveryStep(1200, run.Flow("chp", "dyeworks", "waste-heat"));
        Expect.EveryStep(0, run.Flow("boiler", "dyeworks", "heat"));
        Expect.EveryStep(1200, run.Flow("dyeworks", "air", "heat-loss"));
    }

    [Fact]
    public void Validate_PotableUserWithReclaimedWater_IsRejected()
    {
        var park = Factory()
            .Connect("supply", "factory", "reclaimed-water")
            .Build();

        var issue = Assert.Single(new ParkValidator().Validate(park));
        Assert.Equal("node 'factory'", issue.Subject);
        Assert.Contains("does not accept reclaimed-water", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReturnsAboveWaterUse_ReportsOutputsAboveInputs()
    {
        var park = Factory(("wastewater", "9500 t/d")).Build();

        var issue = Assert.Single(new ParkValidator().Validate(park));
        Assert.Contains("exceed water_use", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WaterLeftOverWithoutEvaporation_ReportsMissingOutput()
    {
        var park = new ParkBuilder()
            .Boundary("supply").Boundary("sea")
            .Node("factory", "enterprise", ("water_use", "100 t/d"), ("wastewater", "50 t/d"))
            .Connect("supply", "factory", "fresh-water")
            .Connect("factory", "sea", "wastewater")
            .Connect("factory", "sea", "cod")
            .Connect("factory", "sea", "nh3n")
            .Build();

        var issue = Assert.Single(new ParkValidator().Validate(park));
        Assert.Equal("produces evaporation but has no evaporation connection to send it on",
            issue.Message);
    }

    /// <summary>A factory using 10000 t/d of mains water and 10 MW of electricity.</summary>
    private static ParkBuilder Factory(params (string Name, string Value)[] extra) =>
        AddFactory(new ParkBuilder()
            .Boundary("supply").Boundary("sea").Boundary("air").Boundary("grid").Boundary("buyer")
            .Boundary("market"), "supply", extra);

    private static ParkBuilder AddFactory(ParkBuilder park, string water,
        params (string Name, string Value)[] extra)
    {
        (string, string)[] parameters =
        [
            ("water_use", "10000 t/d"), ("wastewater", "6000 t/d"), ("water_in_products", "1000 t/d"),
            ("electricity", "10 MW"),
        ];
        var kept = parameters.Where(p => extra.All(e => e.Name != p.Item1));
        park.Node("factory", "enterprise", [.. kept, .. extra])
            .Connect(water, "factory", "fresh-water")
            .Connect("grid", "factory", "electricity")
            .Connect("factory", "sea", "wastewater")
            .Connect("factory", "sea", "cod")
            .Connect("factory", "sea", "nh3n")
            .Connect("factory", "buyer", "water-in-products")
            .Connect("factory", "air", "evaporation")
            .Connect("factory", "air", "heat-loss");
        if (extra.Any(e => e.Name == "coal"))
        {
            park.Connect("market", "factory", "coal").Connect("factory", "air", "co2");
        }

        return park;
    }
}
