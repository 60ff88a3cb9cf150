using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="WaterPipelineModel"/>: in = out + leakage, and the flow is at
/// most pi D^2 / 4 * v_max.
/// </summary>
public sealed class WaterPipelineModelTests
{
    [Fact]
    public void Capacity_Dn1000AtTwoMetresPerSecond_Is5654TonnesPerHour()
    {
        // pi * (1.0 m)^2 / 4 * 2 m/s * 3600 s/h = 0.785398 m2 * 7200 m/h = 5654.8668 m3/h,
        // and 1 m3 of water counts as 1 t
        Expect.Near(5654.8667764616275, WaterPipelineModel.Capacity(1.0, 2.0));
    }

    [Fact]
    public void Evaluate_AskedBeyondCapacity_CarriesCapacityAndReportsRest()
    {
        var run = Park("200000 t/d", ("diameter", "DN1000")).Run();

        // capacity per day = 5654.8668 t/h * 24 h = 135716.80264 t (default v_max 2 m/s);
        // unmet = 200000 - 135716.80264 = 64283.19736 t
        Expect.EveryStep(135716.80263507908, run.Flow("main", "factory", "fresh-water"));
        Expect.Near(64283.197364920925, run.Shortfall("main", "asked beyond capacity (t)"));
        Expect.Near(64283.197364920925, run.Shortfall("factory", "water demand not met (t)"));
    }

    [Fact]
    public void Evaluate_Leakage_TakesMoreThanItDelivers()
    {
        var run = Park("9800 t/d", ("diameter", "DN1000"), ("leakage", "2 %")).Run();

        // in = out / (1 - 2 %) = 9800 / 0.98 = 10000 t; leakage = 10000 - 9800 = 200 t
        Expect.EveryStep(10000, run.Flow("supply", "main", "fresh-water"));
        Expect.EveryStep(200, run.Flow("main", "ground", "leakage"));
        Expect.Balanced(run, "main");
    }

    [Fact]
    public void Evaluate_TwoSourcesWithPriorities_AsksTheFirstPriorityFirst()
    {
        // "supply" is connected first with priority 2; "spring", connected later, has priority 1.
        var result = Park("9000 t/d", supplyPriority: 2, pipe: ("diameter", "DN1000"))
            .Boundary("spring")
            .Connect("spring", "main", "fresh-water", priority: 1)
            .Run();

        Expect.EveryStep(9000, result.Flow("spring", "main", "fresh-water"));
        Expect.EveryStep(0, result.Flow("supply", "main", "fresh-water"));
    }

    private static ParkBuilder Park(string factoryWater, params (string Name, string Value)[] pipe) =>
        Park(factoryWater, null, pipe);

    private static ParkBuilder Park(string factoryWater, int? supplyPriority,
        params (string Name, string Value)[] pipe) =>
        new ParkBuilder()
            .Boundary("supply").Boundary("ground").Boundary("air")
            .Node("main", "water-pipeline", pipe)
            .Connect("supply", "main", "fresh-water", supplyPriority)
            .Connect("main", "ground", "leakage")
            .Node("factory", "enterprise", ("water_use", factoryWater))
            .Connect("main", "factory", "fresh-water")
            .Connect("factory", "air", "evaporation");
}
