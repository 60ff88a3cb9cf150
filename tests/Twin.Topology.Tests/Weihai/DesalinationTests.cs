using Twin.Domain.Accounting;
using Twin.Domain.Processes.Models;

namespace Twin.Topology.Tests.Weihai;

/// <summary>
/// Huaneng's desalination on the 2020 park: phase 1, 30,000 m3/d of SWRO; phase 2 adds
/// 20,000 m3/d of MED on Huaneng steam and 50,000 m3/d of SWRO (park data, section 2).
/// </summary>
public sealed class DesalinationTests
{
    [Fact]
    public void Run_DesalPhase1_ProductDisplacesAsMuchMainsWater()
    {
        var totals = ParkTotals.Compute(ScenarioRuns.Run("desal-phase1"));
        var before = ParkTotals.Compute(ScenarioRuns.Run("base-2020"));

        // The park's users take 50,504 t/d, more than the plant's 30,000 t/d: all of it, 10.95 Mt.
        Assert.Equal(30_000 * 365, totals["desalinated_water_t"], 3);
        Assert.Equal(before["fresh_water_t"] - 30_000 * 365, totals["fresh_water_t"], 3);
    }

    [Fact]
    public void Run_DesalPhase2_MedTakesSteamByItsGainedOutputRatioAndHuanengBurnsTheCoal()
    {
        var result = ScenarioRuns.Run("desal-phase2");
        var steam = result.Edges.Single(e => e.Connection.To == "huaneng-med" && e.Carrier.Id == "steam");
        var before = ParkTotals.Compute(ScenarioRuns.Run("base-2020"));
        var coal = ParkTotals.Compute(result)["coal_tce"] - before["coal_tce"];

        // 20,000 t/d x 2.333 GJ/t (latent heat at about 70 degC) / GOR 10 = 4,666 GJ/d, and at
        // Huaneng's heat coal rate of 39 kgce/GJ: 4,666 x 365 x 0.039 = 66,420.51 tce a year.
        Assert.All(steam.Flow, s => Assert.Equal(20_000 * MedModel.LatentHeat / 10, s, 6));
        Assert.Equal(66_420.51, coal, 2);
    }

    [Fact]
    public void Run_DesalPhase2_ParkTakesAllItsWaterAndTheCityTheRest()
    {
        var result = ScenarioRuns.Run("desal-phase2");
        var totals = ParkTotals.Compute(result);
        var toCity = result.Edges.Single(e => e.Connection.To == "city-water").Total;

        Assert.Equal(0, totals["fresh_water_t"], 3);
        Assert.Equal(100_000 * 365, totals["desalinated_water_t"] + toCity, 3);
    }
}
