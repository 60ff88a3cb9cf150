using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="WwtpModel"/>. A factory sends 6000 t/d of wastewater at its
/// default 300 mg/L COD and 30 mg/L NH3-N, i.e. 1.8 t COD and 0.18 t NH3-N per day.
/// </summary>
public sealed class WwtpModelTests
{
    [Fact]
    public void Evaluate_Inflow_LeavesAsEffluentAndSludgeWater()
    {
        var run = Plant("10000 t/d").Run();

        // sludge = 6000 t * 0.7 kg/t = 4.2 t at 80 % moisture (GB 24188-2009 limit), so
        // sludge water = 3.36 t and effluent = 6000 - 3.36 = 5996.64 t
        Expect.EveryStep(5996.64, run.Flow("wwtp", "sea", "effluent"));
        Expect.EveryStep(4.2, run.Flow("wwtp", "buyer", "sludge"));
        Expect.Balanced(run, "wwtp");
    }

    [Fact]
    public void Evaluate_Cod_EffluentAtStatedConcentrationAndRestRemoved()
    {
        var run = Plant("10000 t/d").Run();

        // COD out = 5996.64 t * 50 mg/L (GB 18918-2002 class 1A) = 0.299832 t
        // COD removed = out - in = 0.299832 - 1.8 = -1.500168 t (a negative transformation)
        Expect.EveryStep(0.299832, run.Flow("wwtp", "sea", "cod"));
        Expect.Near(-1.500168, run.Transformed("wwtp", "cod"));

        // NH3-N out = 5996.64 t * 5 mg/L = 0.0299832 t; removed = 0.0299832 - 0.18 = -0.1500168 t
        Expect.EveryStep(0.0299832, run.Flow("wwtp", "sea", "nh3n"));
        Expect.Near(-0.1500168, run.Transformed("wwtp", "nh3n"));
    }

    [Fact]
    public void Evaluate_CodBalance_ClosesWithTheRemovedTerm()
    {
        var run = Plant("10000 t/d").Run();

        var cod = run.Quantity("wwtp", "cod");

        // in + transformed - out = 1.8 - 1.500168 - 0.299832 = 0
        Expect.Near(1.8, cod.In);
        Expect.Near(0, cod.Residual);
    }

    [Fact]
    public void Evaluate_Electricity_PerTonneTreatedLeavesAsHeat()
    {
        var run = Plant("10000 t/d").Run();

        // electricity = 6000 t * 0.3 kWh/t = 1.8 MWh = 6.48 GJ of heat lost
        Expect.EveryStep(1.8, run.Flow("grid", "wwtp", "electricity"));
        Expect.EveryStep(6.48, run.Flow("wwtp", "air", "heat-loss"));
    }

    [Fact]
    public void Evaluate_InflowAboveCapacity_TreatsAllAndReportsOverload()
    {
        var run = Plant("5000 t/d").Run();

        // 6000 t arrive at a 5000 t/d plant: 1000 t reported, all of it still treated.
        Expect.Near(1000, run.Shortfall("wwtp", "inflow above design capacity (t)"));
        Expect.EveryStep(5996.64, run.Flow("wwtp", "sea", "effluent"));
    }

    private static ParkBuilder Plant(string capacity) => new ParkBuilder()
        .Boundary("supply").Boundary("sea").Boundary("air").Boundary("grid").Boundary("buyer")
        .Node("factory", "enterprise", ("water_use", "8000 t/d"), ("wastewater", "6000 t/d"))
        .Connect("supply", "factory", "fresh-water")
        .Connect("factory", "wwtp", "wastewater")
        .Connect("factory", "wwtp", "cod")
        .Connect("factory", "wwtp", "nh3n")
        .Connect("factory", "air", "evaporation")
        .Node("wwtp", "wwtp", ("capacity", capacity))
        .Connect("grid", "wwtp", "electricity")
        .WwtpOutlets();
}
