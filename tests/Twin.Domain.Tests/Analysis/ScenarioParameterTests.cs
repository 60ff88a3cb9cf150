using Twin.Domain.Tests.TestParks;
using Twin.Domain.Validation;

namespace Twin.Domain.Tests.Analysis;

/// <summary>
/// The model parameters the plan's scenarios added: a boundary's water_demand (a city's mains
/// that take desalinated water the park leaves), a reclaimed-water plant's scheduled uptake,
/// and a station's design outdoor temperature.
/// </summary>
public sealed class ScenarioParameterTests
{
    [Fact]
    public void Evaluate_CityAsksAfterThePark_GetsWhatTheParkLeavesAndReportsNothingUnmet()
    {
        var run = new ParkBuilder()
            .Boundary("sea").Boundary("grid").Boundary("air").Boundary("reservoir")
            .Boundary("city", ("water_demand", "30000 t/d"))
            .Node("swro", "swro", ("capacity", "30000 t/d"))
            .Node("factory", "enterprise", ("water_use", "20000 t/d"))
            .Connect("sea", "swro", "seawater").Connect("grid", "swro", "electricity")
            .Connect("swro", "sea", "brine").Connect("swro", "air", "heat-loss")
            .Connect("swro", "factory", "desalinated-water", priority: 1)
            .Connect("swro", "city", "desalinated-water", priority: 9)
            .Connect("reservoir", "factory", "fresh-water").Connect("factory", "air", "evaporation")
            .Run();

        // The plant makes its 30,000 t/d: the factory (served first) takes its 20,000, the city the
        // other 10,000 of the 30,000 it asked for, and no shortfall is reported for the city.
        Expect.EveryStep(20_000, run.Flow("swro", "factory", "desalinated-water"));
        Expect.EveryStep(10_000, run.Flow("swro", "city", "desalinated-water"));
        Expect.EveryStep(0, run.Flow("reservoir", "factory", "fresh-water"));
        Assert.Empty(run.Terms("city").Shortfalls);
    }

    [Fact]
    public void Evaluate_UptakeBelowCapacityAndDemand_PlantSendsTheUptakeAndReportsTheRestAsked()
    {
        var run = new ParkBuilder()
            .Boundary("effluent").Boundary("grid").Boundary("sea").Boundary("air").Boundary("reservoir")
            .Node("plant", "reclaimed-water-plant", ("capacity", "10000 t/d"), ("uptake", "1.5 Mt/yr"))
            .Node("user", "enterprise", ("water_use", "8000 t/d")).Text("water_quality", "process")
            .Connect("effluent", "plant", "effluent").Connect("grid", "plant", "electricity")
            .Connect("plant", "user", "reclaimed-water").Connect("plant", "sea", "concentrate")
            .Connect("plant", "air", "heat-loss")
            .Connect("reservoir", "user", "fresh-water").Connect("user", "air", "evaporation")
            .Run();

        // 1.5 Mt/yr over 365 days = 4109.589 t/d, from 4109.589 / 0.625 = 6575.342 t/d of effluent;
        // the user asked 8000 t/d, so 3890.411 t/d is reported beyond the uptake and comes fresh.
        const double uptake = 1.5e6 / 365;
        Expect.EveryStep(uptake, run.Flow("plant", "user", "reclaimed-water"));
        Expect.EveryStep(uptake / 0.625, run.Flow("effluent", "plant", "effluent"));
        Expect.EveryStep(8000 - uptake, run.Flow("reservoir", "user", "fresh-water"));
        Expect.Near(8000 - uptake, run.Shortfall("plant", "asked beyond uptake (t)"));
        Expect.Balanced(run, "plant");
    }

    [Fact]
    public void Validate_DesignTemperatureNotBelowIndoor_ReportsIt()
    {
        var park = new ParkBuilder().Boundary("boiler").Boundary("air").Boundary("homes")
            .Node("hes", "heat-exchange-station", ("heat_demand", "1000 GJ/d"),
                ("design_outdoor_temperature", "20 degC"))
            .Connect("boiler", "hes", "heat").Connect("hes", "homes", "heat")
            .Connect("hes", "air", "heat-loss")
            .Build();

        var issue = Assert.Single(new ParkValidator().Validate(park));

        Assert.Contains("design_outdoor_temperature is not below indoor_temperature", issue.Message,
            StringComparison.Ordinal);
    }
}
