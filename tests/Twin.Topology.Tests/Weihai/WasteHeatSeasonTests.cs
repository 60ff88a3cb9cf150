using Twin.Domain.Analysis;
using Twin.Domain.Model;
using Twin.Domain.Simulation;

namespace Twin.Topology.Tests.Weihai;

/// <summary>
/// Scenario waste-heat over the 2022/23 heating season: Huaneng's waste heat through the DN1400
/// trunk and the DN1200 and DN1400 branches to the Botong and Xinli stations (park data,
/// section 2), against the same season with the waste heat shut.
/// </summary>
public sealed class WasteHeatSeasonTests
{
    private static readonly Lazy<SeasonRun> Season = new(() =>
        SeasonAnalysis.RunAsync(ScenarioRuns.Park("waste-heat"), new KernelEngine())
            .GetAwaiter().GetResult());

    [Fact]
    public void Report_WasteHeatSeason_SentIsDeliveredPlusPipeLosses()
    {
        var report = Season.Value.Report;

        Assert.Equal(["wh-trunk", "wh-botong-branch", "wh-xinli-branch"], report.Segments.Select(s => s.Id));
        Assert.InRange(report.HeatDeliveredGj, 1e6, report.WasteHeatSentGj);
        Assert.Equal(report.WasteHeatSentGj, report.HeatDeliveredGj + report.HeatLossGj, 6);
    }

    [Fact]
    public void Report_WasteHeatSeason_DisplacedCoalIsTheFallbacksAndNoneOfHuanengs()
    {
        var (report, run, shut) = Season.Value;

        // The waste heat comes from Huaneng's condensers and burns no coal there: all the coal
        // the park saves is Botong's and Xinli's.
        Assert.Equal(Coal(shut, "huaneng"), Coal(run, "huaneng"), 6);
        Assert.Equal(["botong", "xinli-heating"], report.Plants.Select(p => p.Id));
        Assert.Equal(report.CoalDisplacedT, report.Plants.Sum(p => p.CoalDisplacedT), 6);
        Assert.All([report.Co2AvoidedT, report.So2AvoidedT, report.NoxAvoidedT, report.DustAvoidedT],
            avoided => Assert.True(avoided > 0));
    }

    [Fact]
    public void Report_WasteHeatSeason_StationsMeetDemandWithDesignLoadsFromTheDesignTemperature()
    {
        var receivers = Season.Value.Report.Receivers.ToDictionary(r => r.Id);

        // Design loads at -5.4 degC (GB 50736-2012): 2.0 PJ/yr x 23.4 K / 2125.6 K.d / 86,400 s
        // = 254.83 MW for Botong (DesignLoadTests), and 3.0 PJ/yr in proportion, 382.25 MW, for Xinli.
        Assert.Equal(254.83, receivers["botong-station"].DesignLoadMw!.Value, 2);
        Assert.Equal(382.245, receivers["xinli-station"].DesignLoadMw!.Value, 3);
        Assert.All(receivers.Values, r => Assert.True(r.UnmetGj < 1e-6, $"{r.Id}: {r.UnmetGj} GJ not met"));
    }

    [Fact]
    public async Task RunAsync_HourlyAt60DegC_TrunkFullEveryHourButNeverFasterThanItsHighestVelocity()
    {
        // At 60 degC supply the trunk's capacity, rho A v_max cp (60 - 12), is far below the
        // stations' ask: the check below then bites at every hour of the season.
        var park = ScenarioRuns.Park("waste-heat", StepLength.Hour);
        var hot = SupplyTemperatureSweep.At(park, SeasonAnalysis.Require(park), 60);

        var season = await SeasonAnalysis.RunAsync(hot, new KernelEngine());

        var trunk = season.Report.Segments.Single(s => s.Id == "wh-trunk");
        Assert.Equal(137 * 24, trunk.HoursAtCapacity);
        var intoPipes = season.Run.Edges.Where(e => e.Carrier.Id == "waste-heat"
            && e.Connection.To.StartsWith("wh-", StringComparison.Ordinal));
        foreach (var edge in intoPipes)
        {
            // 3 m/s x 972 kg/m3 x pi 1.4^2 / 4 m2 x 4.19 kJ/(kg.K) x 48 K x 3600 s = 3250.0 GJ/h for
            // the DN1400 pipes, 2387.8 GJ/h for the DN1200 branch.
            var diameter = edge.Connection.To == "wh-botong-branch" ? 1.2 : 1.4;
            var most = 3 * 972 * Math.PI * diameter * diameter / 4 * 4.19e3 * 48 * 3600 / 1e9;
            Assert.All(edge.Flow, heat =>
                Assert.True(heat <= most * (1 + 1e-9), $"{edge.Connection.To}: {heat} GJ"));
        }
    }

    [Fact]
    public async Task RunWithoutAsync_BotongBranchShut_BotongFiresItsStationsHeatAndXinliGetsMore()
    {
        var intact = Season.Value.Report;

        var shut = (await SeasonAnalysis.RunWithoutAsync(ScenarioRuns.Park("waste-heat"), "wh-botong-branch",
            new KernelEngine())).Report;

        var before = intact.Receivers.ToDictionary(r => r.Id);
        var after = shut.Receivers.ToDictionary(r => r.Id);
        Assert.Equal(0, after["botong-station"].WasteHeatGj);
        Assert.True(after["xinli-station"].WasteHeatGj >= before["xinli-station"].WasteHeatGj);
        Assert.True(shut.CoalDisplacedTce < intact.CoalDisplacedTce);
    }

    private static double Coal(SimulationResult result, string node) =>
        result.Edges.Where(e => e.Connection.To == node && e.Carrier.Id == "coal").Sum(e => e.Total);
}
