using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="MedModel"/>: steam = distillate * 2.333 GJ/t / GOR, the
/// latent heat of water near 70 degC from the IAPWS-IF97 tables; seawater = distillate /
/// recovery; steam + electricity = heat rejected.
/// </summary>
public sealed class MedModelTests
{
    [Fact]
    public void Evaluate_DistillateAsked_TakesSteamOverGainedOutputRatio()
    {
        var run = Park("1000 t/d").Run();

        // steam = 1000 t * 2.333 GJ/t / 10 (default GOR, MED-TVC 8-12) = 233.3 GJ
        Expect.EveryStep(233.3, run.Flow("steam", "med", "steam"));
        Expect.EveryStep(1000, run.Flow("med", "factory", "desalinated-water"));
    }

    [Fact]
    public void Evaluate_Distillate_TakesSeawaterOverRecovery()
    {
        var run = Park("1000 t/d").Run();

        // seawater = 1000 t / 0.35 (default, MED recovers 30-40 %) = 2857.142857 t;
        // brine = 2857.142857 - 1000 = 1857.142857 t
        Expect.EveryStep(2857.1428571428573, run.Flow("sea", "med", "seawater"));
        Expect.EveryStep(1857.1428571428573, run.Flow("med", "sea", "brine"));
        Expect.Balanced(run, "med");
    }

    [Fact]
    public void Evaluate_SteamAndElectricity_AreRejectedAsHeat()
    {
        var run = Park("1000 t/d").Run();

        // electricity = 1000 t * 1.5 kWh/t = 1.5 MWh = 5.4 GJ; rejected = 233.3 + 5.4 = 238.7 GJ
        Expect.EveryStep(1.5, run.Flow("grid", "med", "electricity"));
        Expect.EveryStep(238.7, run.Flow("med", "sea", "heat-loss"));
    }

    [Fact]
    public void Evaluate_AskedBeyondCapacity_DistilsCapacityOnly()
    {
        var run = Park("2000 t/d").Run();

        // capacity 1500 t/d: steam = 1500 * 2.333 / 10 = 349.95 GJ; 2000 - 1500 = 500 t unmet
        Expect.EveryStep(1500, run.Flow("med", "factory", "desalinated-water"));
        Expect.EveryStep(349.95, run.Flow("steam", "med", "steam"));
        Expect.Near(500, run.Shortfall("factory", "water demand not met (t)"));
    }

    private static ParkBuilder Park(string factoryWater) => new ParkBuilder()
        .Boundary("sea").Boundary("grid").Boundary("air").Boundary("steam")
        .Node("med", "med", ("capacity", "1500 t/d"))
        .Connect("sea", "med", "seawater")
        .Connect("steam", "med", "steam")
        .Connect("grid", "med", "electricity")
        .Connect("med", "sea", "brine")
        .Connect("med", "sea", "heat-loss")
        .Node("factory", "enterprise", ("water_use", factoryWater))
        .Connect("med", "factory", "desalinated-water")
        .Connect("factory", "air", "evaporation");
}
