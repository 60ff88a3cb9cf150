using Twin.Domain.Processes;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes;

/// <summary>
/// The cascade rules of <see cref="Supply"/> as users meet them: reclaimed water before fresh
/// water, an explicit priority over the carriers' ranks, and shortfalls reported when every
/// source is capped.
/// </summary>
public sealed class SupplyTests
{
    [Fact]
    public void Ask_ReclaimedAndFreshInputs_TakesReclaimedFirst()
    {
        // Fresh water is connected first, so only the cascade rank can put reclaimed first.
        var run = Park("2000 t/d").Run();

        // The factory needs 3000 t; the reclaimed plant sends its capacity 2000 t and the
        // water works the remaining 3000 - 2000 = 1000 t.
        Expect.EveryStep(2000, run.Flow("reclaim", "factory", "reclaimed-water"));
        Expect.EveryStep(1000, run.Flow("works", "factory", "fresh-water"));
        Expect.Near(0, run.Shortfall("factory", "water demand not met (t)"));
    }

    [Fact]
    public void Ask_ExplicitPriority_OverridesTheCascadeRank()
    {
        var run = Park("2000 t/d", freshPriority: 0).Run();

        // Priority 0 puts fresh water before reclaimed (rank 1): the works sends all 3000 t.
        Expect.EveryStep(3000, run.Flow("works", "factory", "fresh-water"));
        Expect.EveryStep(0, run.Flow("reclaim", "factory", "reclaimed-water"));
    }

    [Fact]
    public void Ask_AllSourcesCapped_ReportsShortfall()
    {
        var run = Park("2000 t/d", worksCapacity: "950 t/d").Run();

        // Reclaimed 2000 t plus fresh at most 950 t = 2950 t of 3000 t: 50 t unmet.
        Expect.EveryStep(2000, run.Flow("reclaim", "factory", "reclaimed-water"));
        Expect.EveryStep(950, run.Flow("works", "factory", "fresh-water"));
        Expect.Near(50, run.Shortfall("factory", "water demand not met (t)"));
        Expect.Near(50, run.Shortfall("works", "asked beyond capacity (t)"));
    }

    private static ParkBuilder Park(string reclaimCapacity, int? freshPriority = null,
        string worksCapacity = "10000 t/d") => new ParkBuilder()
        .Boundary("reservoir").Boundary("city", ("discharge", "10000 t/d"))
        .Boundary("sea").Boundary("air").Boundary("grid").Boundary("buyer")
        .Node("works", "water-works", ("capacity", worksCapacity), ("own_use", "0 %"))
        .Connect("reservoir", "works", "raw-water")
        .Connect("grid", "works", "electricity")
        .Connect("works", "air", "heat-loss")
        .Node("wwtp", "wwtp", ("capacity", "20000 t/d"))
        .Connect("city", "wwtp", "sewage")
        .Connect("grid", "wwtp", "electricity")
        .Connect("wwtp", "reclaim", "effluent")
        .WwtpOutlets()
        .Node("reclaim", "reclaimed-water-plant", ("capacity", reclaimCapacity))
        .Connect("grid", "reclaim", "electricity")
        .Connect("reclaim", "sea", "concentrate")
        .Connect("reclaim", "air", "heat-loss")
        .Node("factory", "enterprise", ("water_use", "3000 t/d")).Text("water_quality", "process")
        .Connect("works", "factory", "fresh-water", freshPriority)
        .Connect("reclaim", "factory", "reclaimed-water")
        .Connect("factory", "air", "evaporation");
}
