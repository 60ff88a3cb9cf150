using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// <see cref="BoundaryModel"/>: the world outside supplies what is asked and takes what is
/// sent; as a consumer it asks heat net of its return share, in cascade order.
/// </summary>
public sealed class BoundaryModelTests
{
    [Fact]
    public void Evaluate_HeatConsumerWithWasteAndFiredHeat_TakesWasteHeatFirst()
    {
        // Fired heat is connected first, so only the cascade rank (waste heat 1, heat 2) can
        // put waste heat first. The waste heat comes through a DN300 pipe of 5 km that
        // carries at most 7312.6326 GJ/d (see HeatPipelineModelTests) and loses 15.183409 GJ/d.
        var run = new ParkBuilder()
            .Boundary("boiler").Boundary("chp").Boundary("air")
            .Boundary("city", ("heat_demand", "10000 GJ/d"))
            .Node("pipe", "heat-pipeline", ("diameter", "DN300"), ("length", "5 km"))
            .Connect("chp", "pipe", "waste-heat")
            .Connect("pipe", "air", "heat-loss")
            .Connect("boiler", "city", "heat")
            .Connect("pipe", "city", "waste-heat")
            .Run();

        // waste heat delivered = 7312.6326 - 15.183409 = 7297.4491 GJ; the boiler sends the
        // rest: 10000 - 7297.4491 = 2702.5509 GJ
        Expect.EveryStep(7297.44914655013, run.Flow("pipe", "city", "waste-heat"));
        Expect.EveryStep(2702.55085344987, run.Flow("boiler", "city", "heat"));
        Expect.Near(0, run.Shortfall("city", "heat demand not met (GJ)"));
    }

    [Fact]
    public void Evaluate_DischargeOnTwoConnections_SplitsEvenly()
    {
        var run = new ParkBuilder()
            .Boundary("city", ("discharge", "8000 t/d"))
            .Boundary("sea").Boundary("air").Boundary("buyer")
            .Node("north", "wwtp", ("capacity", "10000 t/d"))
            .Node("south", "wwtp", ("capacity", "10000 t/d"))
            .Connect("city", "north", "sewage")
            .Connect("city", "south", "sewage")
            .Then(Outfalls("north"))
            .Then(Outfalls("south"))
            .Run();

        // 8000 t/d of sewage over two connections: 4000 t each
        Expect.EveryStep(4000, run.Flow("city", "north", "sewage"));
        Expect.EveryStep(4000, run.Flow("city", "south", "sewage"));
    }

    private static Func<ParkBuilder, ParkBuilder> Outfalls(string wwtp) => park => park
        .Connect(wwtp, "sea", "effluent")
        .Connect(wwtp, "sea", "cod")
        .Connect(wwtp, "sea", "nh3n")
        .Connect(wwtp, "buyer", "sludge")
        .Connect(wwtp, "air", "heat-loss");
}
