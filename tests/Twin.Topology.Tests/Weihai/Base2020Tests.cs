using Twin.Domain.Accounting;
using Twin.Domain.Simulation;

namespace Twin.Topology.Tests.Weihai;

/// <summary>
/// Scenario base-2020 must reproduce the plan's 2020 park totals within 1 %
/// (../shared/park/weihai-etdz.md, section 1; docs/calibration.md shows the derivation).
/// </summary>
public sealed class Base2020Tests
{
    private static readonly Lazy<RunReport> Report = new(() =>
    {
        var park = WeihaiTopology.Load().Build("base-2020").Require();
        var result = new KernelEngine().RunAsync(park).GetAwaiter().GetResult();
        return RunReport.From(result);
    });

    [Fact]
    public void Topology_WeihaiFolder_HasNoIssues()
    {
        var issues = WeihaiTopology.Load().ValidateAll();

        Assert.Empty(issues);
    }

    [Theory]
    [InlineData("fresh_water_t", 18_434_000)]
    [InlineData("seawater_t", 1_308_000)]
    [InlineData("wastewater_t", 2_176_000)]
    [InlineData("cod_t", 65.06)]
    [InlineData("nh3n_t", 2.17)]
    [InlineData("so2_t", 868.2)]
    [InlineData("nox_t", 1_688.7)]
    [InlineData("coal_t", 3_819_531.9)]
    [InlineData("energy_consumed_tce", 207_000)]
    [InlineData("solid_waste_t", 725_990)]
    [InlineData("solid_waste_utilised_t", 705_214)]
    [InlineData("hazardous_waste_t", 11_840)]
    [InlineData("value_added_10k_cny", 998_200)]
    public void Run_Base2020_ReproducesParkTotalWithinOnePercent(string total, double plan)
    {
        var value = Report.Value.Totals[total];

        Assert.InRange(value, plan * 0.99, plan * 1.01);
    }

    // Plan values of section 5; indicator 8 is 20.7 万tce / 99.82 亿元 = 0.2074 unrounded (the
    // plan prints 0.21) and indicator 18 is 2.176 Mt / 99.82 亿元 = 2.180 t/万元.
    [Theory]
    [InlineData(1, 30.34)]
    [InlineData(5, 97.14)]
    [InlineData(6, 10.50)]
    [InlineData(8, 0.2074)]
    [InlineData(10, 82.78)]
    [InlineData(15, 100)]
    [InlineData(18, 2.180)]
    public void Run_Base2020_ReproducesFlowIndicatorWithinOnePercent(int number, double plan)
    {
        var indicator = Report.Value.Indicators.Single(i => i.Number == number);

        Assert.Equal("flows", indicator.Basis);
        Assert.InRange(indicator.Value!.Value, plan * 0.99, plan * 1.01);
    }

    [Fact]
    public void Run_Base2020_EveryNodeBalancesWaterAndEnergyAtEveryStep()
    {
        var sheet = new BalanceSheet(Report.Value.Result);

        var worst = sheet.WorstStep();

        Assert.True(worst.Residual < 1e-9, $"{worst.Node} {worst.Quantity} step {worst.Step}: {worst.Residual}");
    }

    [Fact]
    public void Run_Base2020_ReportsNoShortfall()
    {
        var shortfalls = Report.Value.Nodes
            .SelectMany(n => n.Shortfalls.Where(s => s.Value > 1e-6).Select(s => $"{n.Id}: {s.Key} {s.Value}"));

        Assert.Empty(shortfalls);
    }
}
