using System.Net;
using System.Text.Json;
using Twin.Host.Tests.Support;

namespace Twin.Host.Tests;

/// <summary>
/// The reading side of the API on a run of Weihai's base-2020: topology, balances by period,
/// flows with filters, indicators, Sankey data and comparison, each number with its unit.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class ResultApiTests(EmbeddedHostFixture fixture) : IAsyncLifetime
{
    private const string Base = "/api/scenarios/base-2020";
    private const double Relative = 1e-9;

    private HostProcess Host => fixture.Host;

    public async Task InitializeAsync()
    {
        var status = await Host.GetOkAsync($"{Base}/status");
        if (status.GetProperty("state").GetString() != "completed")
        {
            await Host.RunAsync("base-2020");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetTopology_Huaneng_HasKindParametersWithUnitsAndSources()
    {
        var topology = await Host.GetOkAsync($"{Base}/topology");

        var huaneng = topology.GetProperty("nodes").EnumerateArray().Single(n => Id(n) == "huaneng");
        Assert.Equal("chp", huaneng.GetProperty("kind").GetString());
        var makeup = huaneng.GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "makeup_water");
        Assert.Equal("t/h", makeup.GetProperty("unit").GetString());
        Assert.Equal(687_000 / 8760.0, makeup.GetProperty("value").GetDouble(), 1e-9);
        Assert.Equal("0.687 Mt/yr", makeup.GetProperty("text").GetString());
        Assert.Equal("calibration", makeup.GetProperty("source").GetString());
        Assert.Contains(topology.GetProperty("connections").EnumerateArray(),
            c => c.GetProperty("from").GetString() == "huaneng" && c.GetProperty("unit").GetString() == "MWh");
    }

    [Fact]
    public async Task GetBalance_ByMonth_PeriodsAddUpToTheWhole()
    {
        var balance = await Host.GetOkAsync($"{Base}/nodes/etdz-wwtp/balance?period=month");

        var periods = balance.GetProperty("periods").EnumerateArray().ToArray();
        Assert.Equal(12, periods.Length);
        Assert.Equal("2020-01", periods[0].GetProperty("label").GetString());
        Assert.Equal("2020-12", periods[^1].GetProperty("label").GetString());
        var whole = Water(balance).GetProperty("in").GetDouble();
        var sum = periods.Sum(p => Water(p).GetProperty("in").GetDouble());
        Assert.Equal(whole, sum, whole * Relative);
    }

    [Fact]
    public async Task GetBalance_ByDayOverAMonth_GivesOnePeriodPerDay()
    {
        var balance = await Host.GetOkAsync(
            $"{Base}/nodes/huaneng/balance?from=2020-02-01&to=2020-02-29&period=day&quantity=water");

        var periods = balance.GetProperty("periods").EnumerateArray().ToArray();
        Assert.Equal(29, periods.Length);
        Assert.Equal("2020-02-29", periods[^1].GetProperty("label").GetString());
        Assert.All(periods, p => Assert.Equal("water", Assert.Single(p.GetProperty("quantities").EnumerateArray())
            .GetProperty("quantity").GetString()));
    }

    [Fact]
    public async Task GetBalance_ByHeatingSeason_SplitsTheYearAtTheSeason()
    {
        var balance = await Host.GetOkAsync($"{Base}/nodes/huaneng/balance?period=heating_season");

        var labels = balance.GetProperty("periods").EnumerateArray()
            .Select(p => p.GetProperty("label").GetString()!).ToArray();
        Assert.Equal(["heating season 2019/20", "outside the heating season 2020", "heating season 2020/21"], labels);
    }

    [Theory]
    [InlineData("period=fortnight")]
    [InlineData("quantity=unobtainium")]
    public async Task GetBalance_UnknownPeriodOrQuantity_IsBadRequestProblem(string query)
    {
        var (status, _, type) = await Host.GetAsync($"{Base}/nodes/huaneng/balance?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
    }

    [Fact]
    public async Task GetFlows_ByCarrierAndNode_KeepsOnlyThoseRows()
    {
        var rows = (await Host.GetOkAsync($"{Base}/flows?carrier=coal&node=huaneng")).EnumerateArray().ToArray();

        var row = Assert.Single(rows);
        Assert.Equal("huaneng", row.GetProperty("to").GetString());
        Assert.Equal("t", row.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task GetFlows_UnknownNode_IsNotFoundProblem()
    {
        var (status, _, _) = await Host.GetAsync($"{Base}/flows?node=atlantis");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task GetIndicators_AfterRun_GivesTheTwentyThreeWithUnits()
    {
        var indicators = (await Host.GetOkAsync($"{Base}/indicators")).GetProperty("indicators")
            .EnumerateArray().ToArray();

        Assert.Equal(Enumerable.Range(1, 23), indicators.Select(i => i.GetProperty("number").GetInt32()));
        Assert.All(indicators, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("unit").GetString())));
    }

    [Fact]
    public async Task GetSankey_Water_LinksAreTheFlowsWaterColumn()
    {
        var sankey = await Host.GetOkAsync($"{Base}/sankey?quantity=water");
        var flows = (await Host.GetOkAsync($"{Base}/flows?node=huaneng")).EnumerateArray().ToArray();

        Assert.Equal("t", sankey.GetProperty("unit").GetString());
        var links = sankey.GetProperty("links").EnumerateArray().ToArray();
        var nodes = sankey.GetProperty("nodes").EnumerateArray()
            .ToDictionary(Id, n => n.GetProperty("node").GetString());
        foreach (var flow in flows.Where(f => f.GetProperty("water_t").ValueKind == JsonValueKind.Number
                     && f.GetProperty("water_t").GetDouble() > 0))
        {
            var link = links.Single(l =>
                nodes[l.GetProperty("source").GetString()!] == flow.GetProperty("from").GetString()
                && nodes[l.GetProperty("target").GetString()!] == flow.GetProperty("to").GetString()
                && l.GetProperty("carrier").GetString() == flow.GetProperty("carrier").GetString());
            Assert.Equal(flow.GetProperty("water_t").GetDouble(), link.GetProperty("value").GetDouble());
        }

        var huaneng = sankey.GetProperty("nodes").EnumerateArray().Single(n => Id(n) == "huaneng");
        Assert.Equal("Huaneng Weihai Power", huaneng.GetProperty("label").GetString());
    }

    [Fact]
    public async Task GetSankey_BoundaryOnBothSides_IsTwoNodesSoNoLoop()
    {
        var sankey = await Host.GetOkAsync($"{Base}/sankey?quantity=water");

        var ids = sankey.GetProperty("nodes").EnumerateArray().Select(Id).ToArray();
        Assert.Contains("sea@in", ids);
        Assert.Contains("sea@out", ids);
        Assert.DoesNotContain(sankey.GetProperty("links").EnumerateArray(),
            l => l.GetProperty("circular").GetBoolean());
    }

    [Fact]
    public async Task GetSankey_UnknownQuantity_IsBadRequestProblem()
    {
        var (status, body, _) = await Host.GetAsync($"{Base}/sankey?quantity=phlogiston");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("seawater", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Compare_TwoRuns_DeltaIsBMinusA()
    {
        await Host.RunAsync("waste-heat");

        var comparison = await Host.GetOkAsync("/api/compare?a=base-2020&b=waste-heat");

        var coal = comparison.GetProperty("totals").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "coal_t");
        Assert.Equal("t", coal.GetProperty("unit").GetString());
        Assert.Equal(coal.GetProperty("b").GetDouble() - coal.GetProperty("a").GetDouble(),
            coal.GetProperty("delta").GetDouble());
        Assert.Equal(23, comparison.GetProperty("indicators").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/compare?a=base-2020", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?a=base-2020&b=atlantis", HttpStatusCode.NotFound)]
    [InlineData("/api/scenarios/atlantis/sankey", HttpStatusCode.NotFound)]
    [InlineData("/api/scenarios/atlantis/topology", HttpStatusCode.NotFound)]
    [InlineData("/api/scenarios/base-2020/nodes/atlantis/balance?period=day", HttpStatusCode.NotFound)]
    public async Task Get_BadOrUnknown_IsProblem(string path, HttpStatusCode expected)
    {
        var (status, _, type) = await Host.GetAsync(path);

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", type);
    }

    [Fact]
    public async Task GetParkBalance_Water_BalancesAtTheBoundary()
    {
        var park = await Host.GetOkAsync($"{Base}/balance");

        var water = Water(park);
        Assert.Equal(0, water.GetProperty("residual").GetDouble(), water.GetProperty("in").GetDouble() * Relative);
    }

    [Fact]
    public async Task GetPage_Root_ServesTheWebPageAndItsLibraries()
    {
        var page = await Host.Http.GetStringAsync("/");
        using var sankey = await Host.Http.GetAsync("/lib/d3-sankey/d3-sankey.min.js");
        using var reference = await Host.Http.GetAsync("/scalar/");

        Assert.Contains("<title>Twin", page);
        Assert.Equal(HttpStatusCode.OK, sankey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private static JsonElement Water(JsonElement balance) => balance.GetProperty("quantities").EnumerateArray()
        .Single(q => q.GetProperty("quantity").GetString() == "water");
}
