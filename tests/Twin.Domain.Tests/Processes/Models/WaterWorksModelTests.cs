using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="WaterWorksModel"/>: raw water = mains water + own use, own use
/// a share of the raw water (GB 50013-2018: 5-10 %); electricity = heat lost.
/// </summary>
public sealed class WaterWorksModelTests
{
    [Fact]
    public void Evaluate_MainsAsked_TakesRawWaterIncludingOwnUse()
    {
        var run = Park("9500 t/d").Run();

        // raw = 9500 t / (1 - 5 %) = 10000 t; own use (backwash) = 10000 - 9500 = 500 t
        Expect.EveryStep(10000, run.Flow("reservoir", "works", "raw-water"));
        Expect.EveryStep(9500, run.Flow("works", "factory", "fresh-water"));
        Expect.EveryStep(500, run.Flow("works", "sea", "backwash"));
        Expect.Balanced(run, "works");
    }

    [Fact]
    public void Evaluate_Electricity_PerTonneSuppliedLeavesAsHeat()
    {
        var run = Park("9500 t/d").Run();

        // electricity = 9500 t * 0.3 kWh/t = 2.85 MWh; heat = 2.85 * 3.6 = 10.26 GJ
        Expect.EveryStep(2.85, run.Flow("grid", "works", "electricity"));
        Expect.EveryStep(10.26, run.Flow("works", "air", "heat-loss"));
    }

    [Fact]
    public void Evaluate_AskedBeyondCapacity_SuppliesCapacityAndReportsRest()
    {
        var run = Park("12000 t/d").Run();

        // capacity 10000 t/d of mains water: raw = 10000 / 0.95 = 10526.315789 t,
        // 12000 - 10000 = 2000 t reported by the works and by the factory
        Expect.EveryStep(10000, run.Flow("works", "factory", "fresh-water"));
        Expect.EveryStep(10526.315789473685, run.Flow("reservoir", "works", "raw-water"));
        Expect.Near(2000, run.Shortfall("works", "asked beyond capacity (t)"));
        Expect.Near(2000, run.Shortfall("factory", "water demand not met (t)"));
    }

    private static ParkBuilder Park(string factoryWater) => new ParkBuilder()
        .Boundary("reservoir").Boundary("sea").Boundary("grid").Boundary("air")
        .Node("works", "water-works", ("capacity", "10000 t/d"))
        .Connect("reservoir", "works", "raw-water")
        .Connect("grid", "works", "electricity")
        .Connect("works", "sea", "backwash")
        .Connect("works", "air", "heat-loss")
        .Node("factory", "enterprise", ("water_use", factoryWater))
        .Connect("works", "factory", "fresh-water")
        .Connect("factory", "air", "evaporation");
}
