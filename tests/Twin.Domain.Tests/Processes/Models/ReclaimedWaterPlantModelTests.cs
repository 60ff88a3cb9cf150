using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="ReclaimedWaterPlantModel"/>: reclaimed = recovery * effluent
/// taken, effluent = reclaimed + concentrate, within the product capacity. The default
/// recovery 62.5 % is the Botong design, 20,000 t/d product from 32,000 t/d intake.
/// </summary>
public sealed class ReclaimedWaterPlantModelTests
{
    [Fact]
    public void Evaluate_UserAsks_TakesProductOverRecoveryOfEffluent()
    {
        var run = Park("1000 t/d").Run();

        // intake = 1000 t / 0.625 = 1600 t; concentrate = 1600 - 1000 = 600 t
        Expect.EveryStep(1000, run.Flow("reclaim", "factory", "reclaimed-water"));
        Expect.EveryStep(1600, run.Flow("wwtp", "reclaim", "effluent"));
        Expect.EveryStep(600, run.Flow("reclaim", "sea", "concentrate"));
        Expect.Balanced(run, "reclaim");
    }

    [Fact]
    public void Evaluate_UnaskedEffluent_GoesToTheSea()
    {
        var run = Park("1000 t/d").Run();

        // WWTP effluent = 5000 - 5000 * 0.7 kg/t * 0.8 = 4997.2 t; 1600 t to the plant,
        // 4997.2 - 1600 = 3397.2 t to the sea
        Expect.EveryStep(3397.2, run.Flow("wwtp", "sea", "effluent"));
    }

    [Fact]
    public void Evaluate_Electricity_PerTonneOfProductLeavesAsHeat()
    {
        var run = Park("1000 t/d").Run();

        // electricity = 1000 t * 1.0 kWh/t (UF + RO reuse plants 0.8-1.5 kWh/m3) = 1 MWh = 3.6 GJ
        Expect.EveryStep(1, run.Flow("grid", "reclaim", "electricity"));
        Expect.EveryStep(3.6, run.Flow("reclaim", "air", "heat-loss"));
    }

    [Fact]
    public void Evaluate_AskedBeyondCapacity_SendsCapacityAndReportsRest()
    {
        var run = Park("3000 t/d").Run();

        // capacity 2000 t/d: product 2000 t, intake 2000 / 0.625 = 3200 t, concentrate 1200 t;
        // asked beyond capacity 3000 - 2000 = 1000 t, which the factory reports as unmet.
        Expect.EveryStep(2000, run.Flow("reclaim", "factory", "reclaimed-water"));
        Expect.EveryStep(3200, run.Flow("wwtp", "reclaim", "effluent"));
        Expect.EveryStep(1200, run.Flow("reclaim", "sea", "concentrate"));
        Expect.Near(1000, run.Shortfall("reclaim", "asked beyond capacity (t)"));
        Expect.Near(1000, run.Shortfall("factory", "water demand not met (t)"));
    }

    /// <summary>City sewage, 5000 t/d, through a WWTP to a 2000 t/d reclaimed-water plant.</summary>
    private static ParkBuilder Park(string factoryWater) => new ParkBuilder()
        .Boundary("city", ("discharge", "5000 t/d"))
        .Boundary("sea").Boundary("air").Boundary("grid").Boundary("buyer")
        .Node("wwtp", "wwtp", ("capacity", "10000 t/d"))
        .Connect("city", "wwtp", "sewage")
        .Connect("grid", "wwtp", "electricity")
        .Connect("wwtp", "reclaim", "effluent")
        .WwtpOutlets()
        .Node("reclaim", "reclaimed-water-plant", ("capacity", "2000 t/d"))
        .Connect("grid", "reclaim", "electricity")
        .Connect("reclaim", "sea", "concentrate")
        .Connect("reclaim", "air", "heat-loss")
        .Node("factory", "enterprise", ("water_use", factoryWater)).Text("water_quality", "process")
        .Connect("reclaim", "factory", "reclaimed-water")
        .Connect("factory", "air", "evaporation");
}
