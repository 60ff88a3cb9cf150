using Twin.Domain.Analysis;
using Twin.Domain.Simulation;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Analysis;

/// <summary>
/// Known answers for <see cref="SeasonAnalysis"/> on <see cref="HeatParks.Station"/> over three
/// days. The station delivers 1000 GJ/d: it asks gross 1000 / (0.98 (1 - 38/98)) = 1666.6667 GJ
/// and returns 38/98 of it, 646.2585 GJ (HeatExchangeStationModelTests); the pipe loses
/// 15.183409 GJ/d from its supply pipe and 5.887444 GJ/d from its return pipe
/// (HeatPipelineModelTests, from the PUR and soil resistances of EN 253 and EN 13941 values).
/// </summary>
public sealed class SeasonAnalysisTests
{
    private static Task<SeasonRun> Season(string demand) =>
        SeasonAnalysis.RunAsync(HeatParks.Station(demand).Build(), new KernelEngine());

    [Fact]
    public async Task RunAsync_WasteHeatCoversTheStation_ReportsDeliveredLossAndShare()
    {
        var report = (await Season("1000 GJ/d")).Report;

        // delivered = 1666.6667 - 646.2585 = 1020.4082 GJ/d, 3061.2245 GJ in 3 days;
        // loss = 15.183409 + 5.887444 = 21.070853 GJ/d, 63.212560 GJ; sent = the source's
        // 1666.6667 + 15.183409 less the 646.2585 - 5.887444 that reaches it = 1041.4790 GJ/d,
        // 3124.4370 GJ; share = 21.070853 / 1041.4790 = 2.0232 %
        Expect.Near(3061.2244897959185, report.HeatDeliveredGj);
        Expect.Near(63.21256016629942, report.HeatLossGj);
        Expect.Near(3124.437049962218, report.WasteHeatSentGj);
        Expect.Near(0.020231663866315953, report.LossShare);
        Expect.Near(report.WasteHeatSentGj, report.HeatDeliveredGj + report.HeatLossGj);
    }

    [Fact]
    public async Task RunAsync_WasteHeatShut_CoalOfTheFallbackIsTheSaving()
    {
        var report = (await Season("1000 GJ/d")).Report;

        // Shut, the boiler sends the net 1020.4082 GJ/d at 82 % efficiency (GB 24500-2020,
        // the model's default): 1244.4002 GJ/d of coal, / 29.307 GJ/tce = 42.460852 tce/d,
        // 127.38256 tce in 3 days; / (0.738 x 29.307) GJ/t = 57.535030 t/d, 172.60509 t.
        // CO2 = 1244.4002 x 0.0946 t/GJ (IPCC 2006) x 3 = 353.16078 t; SO2, NOx and dust at
        // the ultra-low emission defaults 0.35, 0.5 and 0.1 kg/t: 0.060412, 0.086303, 0.017261 t.
        Expect.Near(127.3825569765618, report.CoalDisplacedTce);
        Expect.Near(172.60509075414876, report.CoalDisplacedT);
        Expect.Near(353.1607765057243, report.Co2AvoidedT);
        Expect.Near(0.060411781763952066, report.So2AvoidedT);
        Expect.Near(0.08630254537707438, report.NoxAvoidedT);
        Expect.Near(0.017260509075414876, report.DustAvoidedT);
        Expect.Near(3061.2244897959185, report.FiredHeatDisplacedGj);
    }

    [Fact]
    public async Task RunAsync_StationAsksMoreThanThePipeCarries_PipeFullEveryHourAndBoilerTakesTheRest()
    {
        var report = (await Season("10000 GJ/d")).Report;

        // The pipe carries its capacity 7312.6326 GJ/d (HeatPipelineModelTests) and hands over
        // 7312.6326 - 15.183409 = 7297.4491 GJ/d, of which 60/98 is net: 4467.8260 GJ/d,
        // 13403.478 GJ in 3 days; the boiler sends the rest of the station's
        // 10000 / 0.98 = 10204.082 GJ/d of net heat.
        var segment = Assert.Single(report.Segments);
        Assert.Equal(72, segment.HoursAtCapacity);
        Expect.Near(7312.632555609682 / 24, segment.PeakGjPerHour);
        Expect.Near(13403.478024275748, report.HeatDeliveredGj);
        var station = Assert.Single(report.Receivers);
        Expect.Near(3 * 10000 / 0.98 - 13403.478024275748, station.FiredHeatGj, 1e-8);
        Expect.Near(0, station.UnmetGj);
    }

    [Fact]
    public async Task RunAsync_ParkWithoutWasteHeat_Throws()
    {
        var park = new ParkBuilder().Boundary("boiler").Boundary("air").Boundary("homes")
            .Node("hes", "heat-exchange-station", ("heat_demand", "1000 GJ/d"))
            .Connect("boiler", "hes", "heat").Connect("hes", "homes", "heat")
            .Connect("hes", "air", "heat-loss")
            .Build();

        await Assert.ThrowsAsync<ArgumentException>(() => SeasonAnalysis.RunAsync(park, new KernelEngine()));
    }

    [Fact]
    public async Task RunWithoutAsync_OnlyPipeShut_StationGetsNoWasteHeat()
    {
        var park = HeatParks.Station("1000 GJ/d").Build();

        var report = (await SeasonAnalysis.RunWithoutAsync(park, "pipe", new KernelEngine())).Report;

        var station = Assert.Single(report.Receivers);
        Assert.Equal(0, station.WasteHeatGj);
        Expect.Near(3061.2244897959185, station.FiredHeatGj);
        Assert.Equal(0, report.CoalDisplacedT);
    }

    [Fact]
    public async Task RunWithoutAsync_NotAPipeline_Throws()
    {
        var park = HeatParks.Station("1000 GJ/d").Build();

        await Assert.ThrowsAsync<ArgumentException>(
            () => SeasonAnalysis.RunWithoutAsync(park, "hes", new KernelEngine()));
    }
}
