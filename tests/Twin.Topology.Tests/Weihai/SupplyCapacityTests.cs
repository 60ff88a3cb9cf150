using Twin.Domain.Graph;
using Twin.Domain.Processes;

namespace Twin.Topology.Tests.Weihai;

public sealed class SupplyCapacityTests
{
    [Fact]
    public void Compute_WwtpToBotongInPhase1_IsTheReclaimedPlantsDesignProduct()
    {
        // Phase 1 of Botong's plant makes 10,000 t/d (park data); the DN400 main carries
        // pi/4 x 0.4^2 x 2 m/s x 86,400 s = 21,715 t/d and the WWTP 150,000 t/d, so the plant binds.
        var park = WeihaiTopology.Load().Build("reclaimed-phase1").Require();

        var result = SupplyCapacity.Compute(park, ProcessCatalog.Default, "etdz-wwtp", "botong",
            new HashSet<string> { "effluent", "reclaimed-water" });

        Assert.Equal(10_000, result.MaximumPerDay!.Value, 6);
        Assert.Equal(["botong-reclaim"], result.Binding);
    }

    [Fact]
    public void Compute_WithoutAPath_IsZero()
    {
        var park = WeihaiTopology.Load().Build("base-2020").Require();

        var result = SupplyCapacity.Compute(park, ProcessCatalog.Default, "etdz-wwtp", "botong",
            new HashSet<string> { "effluent", "reclaimed-water" });

        Assert.Equal(0, result.MaximumPerHour);
    }
}
