using Twin.Domain.Accounting;
using Twin.Domain.Analysis;
using Twin.Domain.Simulation;

namespace Twin.Topology.Tests.Weihai;

/// <summary>
/// Botong's reclaimed-water plant at the plan's 2023 and 2026 uptake (park data, section 4:
/// 1.5 and 3.0 Mt/yr), on the 2020 park.
/// </summary>
public sealed class ReclaimedWaterTests
{
    [Theory]
    [InlineData("reclaimed-2023", 1_500_000)]
    [InlineData("reclaimed-2026", 3_000_000)]
    public void Run_PlanUptake_ReplacesAsMuchFreshWaterAtBotong(string scenario, double uptake)
    {
        var totals = ParkTotals.Compute(ScenarioRuns.Run(scenario));
        var before = ParkTotals.Compute(ScenarioRuns.Run("base-2020"));

        Assert.Equal(uptake, totals["reclaimed_water_t"], 3);
        Assert.Equal(before["fresh_water_t"] - uptake, totals["fresh_water_t"], 3);
    }

    [Fact]
    public void Run_Reclaimed2023_ConcentrateGoesToSea()
    {
        var result = ScenarioRuns.Run("reclaimed-2023");

        // 1.5 Mt of product at 62.5 % recovery leaves 1.5 x 37.5 / 62.5 = 0.9 Mt of concentrate.
        var concentrate = result.Edges
            .Single(e => e.Connection.From == "botong-reclaim" && e.Carrier.Id == "concentrate");
        Assert.Equal("sea", concentrate.Connection.To);
        Assert.Equal(900_000, concentrate.Total, 3);
    }

    [Fact]
    public async Task RunAsync_Reclaimed2023Sweep_TopIsBotongsWholeMakeUpAndDemandBinds()
    {
        var park = ScenarioRuns.Park("reclaimed-2023");

        var sweep = await UptakeSweep.RunAsync(park, null, 1, new KernelEngine());

        // Botong's make-up, 3.0 Mt/yr (8,219 t/d), is below phase 1's 10,000 t/d and the DN400
        // main's 21,715 t/d; Huaneng could take the grade too but is not on the main: demand binds.
        Assert.Equal(3_000_000, sweep.MostT, 3);
        Assert.Equal(UptakeConstraint.Demand, sweep.Binding);
        Assert.Equal(3_000_000, sweep.Steps[^1].FreshWaterSavedT, 3);
        Assert.Equal(3_687_000, sweep.Limits.Single(l => l.Constraint == UptakeConstraint.Quality).LimitT, 3);
    }
}
