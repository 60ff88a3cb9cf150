using Twin.Domain.Analysis;
using Twin.Domain.Simulation;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Analysis;

/// <summary>
/// <see cref="SupplyTemperatureSweep"/> on <see cref="HeatParks.Station"/> delivering 1000 GJ/d.
/// At 110 degC the pipe loses 2.0232 % of the heat sent (SeasonAnalysisTests). At 80 degC its
/// supply pipe loses 15.183409 x (80 - 12) / (110 - 12) = 10.535427 GJ/d (the loss is
/// proportional to the pipe's excess over the ground) and the return pipe still 5.887444 GJ/d;
/// the station returns (50 - 12) / (80 - 12) = 38/68 of a gross 1000 / (0.98 x 30/68) =
/// 2312.9252 GJ, i.e. 1292.5170 GJ; so the source sends 2312.9252 + 10.535427 - (1292.5170 -
/// 5.887444) = 1036.8310 GJ/d and the share lost is 16.422871 / 1036.8310 = 1.5839 %.
/// </summary>
public sealed class SupplyTemperatureSweepTests
{
    [Fact]
    public async Task RunAsync_LowerSupplyTemperature_LosesLessOfTheHeatSent()
    {
        var park = HeatParks.Station("1000 GJ/d").Build();

        var cases = await SupplyTemperatureSweep.RunAsync(park, [80, 110], 0.018, new KernelEngine());

        Expect.Near(0.0158394863584121, cases[0].Report.LossShare);
        Expect.Near(0.020231663866315953, cases[1].Report.LossShare);
        Assert.Equal([true, false], cases.Select(c => c.WithinLimit));
        Expect.Near(3 * 1020.4081632653063, cases[0].Report.HeatDeliveredGj);
    }

    [Fact]
    public async Task Best_TwoWithinTheLimit_IsTheOneThatDeliversMost()
    {
        // At 55 degC the pipe carries at most 7312.6326 x (55 - 12) / 98 = 3208.6 GJ/d of supply
        // heat, of which only (55 - 50) / (55 - 12) = 5/43 is net: about 371 GJ/d gets through,
        // against the 1020.4 GJ/d the station takes at 80 degC.
        var park = HeatParks.Station("1000 GJ/d").Build();

        var cases = await SupplyTemperatureSweep.RunAsync(park, [55, 80], 0.05, new KernelEngine());

        Assert.All(cases, c => Assert.True(c.WithinLimit));
        Assert.Equal(80, SupplyTemperatureSweep.Best(cases)!.SupplyTemperatureC);
        Assert.True(cases[0].Report.HeatDeliveredGj < cases[1].Report.HeatDeliveredGj);
    }

    [Fact]
    public void At_SupplyNotAboveReturn_Throws()
    {
        var park = HeatParks.Station("1000 GJ/d").Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => SupplyTemperatureSweep.At(park, Find(park), 50));
    }

    private static HeatNetwork Find(Model.ParkModel park) => HeatNetwork.Find(park)!;
}
