using System.Net;
using Twin.Domain.Accounting;
using Twin.Host.Tests.Support;

namespace Twin.Host.Tests;

/// <summary>The HTTP API of a real host process on the embedded default.</summary>
[Collection(EmbeddedHostCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class EmbeddedHostApiTests(EmbeddedHostFixture fixture)
{
    private const string ProblemType = "application/problem+json";
    private const string Nodes = "/api/scenarios/base-2020/nodes";
    private const string MiniNodes = "/api/scenarios/mini:hourly/nodes";

    private HostProcess Host => fixture.Host;

    [Fact]
    public void Start_WithoutSettings_KeepsItsStoreInDataUnderTheWorkingFolder()
    {
        Assert.True(File.Exists(Path.Combine(fixture.WorkingDirectory, "data", "twin.db")));
    }

    [Fact]
    public async Task GetScenarios_ServesEveryParkUnderTopology()
    {
        var list = await Host.GetOkAsync("/api/scenarios");

        var ids = list.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToArray();
        Assert.Contains("weihai-etdz:base-2020", ids);
        Assert.Contains("mini:hourly", ids);
    }

    [Fact]
    public async Task PostRun_UnknownScenario_IsNotFoundProblem()
    {
        var (status, body, type) = await Host.PostAsync("/api/scenarios/no-such-scenario/run");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(ProblemType, type);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task GetTotals_NeverRun_IsConflictProblem()
    {
        var (status, body, type) = await Host.GetAsync("/api/scenarios/weihai-etdz:reclaimed-phase1/totals");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(ProblemType, type);
        Assert.Equal("not_run", body.GetProperty("latest_run").GetProperty("state").GetString());
    }

    [Fact]
    public async Task PostRun_ThreeAtOnce_StartsOneAndRefusesTheOthers()
    {
        var posts = Enumerable.Range(0, 3).Select(_ => Host.PostAsync("/api/scenarios/mini:hourly/run"));

        var answers = await Task.WhenAll(posts);
        await Host.WaitForEndAsync("mini:hourly");

        Assert.Single(answers, a => a.Status == HttpStatusCode.Accepted);
        Assert.Equal(2, answers.Count(a => a.Status == HttpStatusCode.Conflict && a.MediaType == ProblemType));
    }

    [Fact]
    public async Task Results_AfterRun_AgreeWithTheKernel()
    {
        var kernel = KernelRuns.Weihai();
        var sheet = new BalanceSheet(kernel.Result);

        var final = await Host.RunAsync("base-2020");
        var totals = await Host.GetOkAsync("/api/scenarios/base-2020/totals");
        var flows = await Host.GetOkAsync("/api/scenarios/base-2020/flows");
        var january = await Host.GetOkAsync($"{Nodes}/huaneng/balance?from=2020-01-01&to=2020-01-31");
        var steps = await Host.GetOkAsync($"{Nodes}/etdz-wwtp/balance?from=100&to=200");

        Assert.Equal("completed", final.GetProperty("state").GetString());
        Agreement.SameTotals(kernel.Totals, totals);
        var rows = flows.EnumerateArray().ToArray();
        Assert.Equal(kernel.Result.Edges.Count, rows.Length);
        foreach (var (edge, row) in kernel.Result.Edges.Zip(rows))
        {
            Assert.Equal(edge.Connection.From, row.GetProperty("from").GetString());
            Assert.Equal(edge.Carrier.Id, row.GetProperty("carrier").GetString());
            Agreement.Close(edge.Total, row.GetProperty("amount").GetDouble(), edge.Connection.Key);
        }

        Agreement.SameBalance(sheet.Node("huaneng", 0, 31), january);
        Agreement.SameBalance(sheet.Node("etdz-wwtp", 100, 200), steps);
    }

    [Fact]
    public async Task GetFlows_WaterAndEnergyColumns_AreEmptyWhereTheCarrierHasNone()
    {
        await Host.RunAsync("mini:hourly");

        var rows = (await Host.GetOkAsync("/api/scenarios/mini:hourly/flows")).EnumerateArray().ToArray();

        var coal = rows.Single(r => r.GetProperty("carrier").GetString() == "coal");
        var raw = rows.Single(r => r.GetProperty("carrier").GetString() == "raw-water");
        Assert.Equal("t", coal.GetProperty("unit").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, coal.GetProperty("water_t").ValueKind);
        Assert.True(coal.GetProperty("energy_gj").GetDouble() > 0);
        Assert.Equal(raw.GetProperty("amount").GetDouble(), raw.GetProperty("water_t").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, raw.GetProperty("energy_gj").ValueKind);
    }

    [Theory]
    [InlineData("from=soon")]
    [InlineData("from=2019-06-01")]
    [InlineData("from=20&to=10")]
    public async Task GetBalance_BadPeriod_IsBadRequestProblem(string query)
    {
        await Host.RunAsync("mini:hourly");

        var (status, body, type) = await Host.GetAsync($"{MiniNodes}/factory/balance?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ProblemType, type);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task GetBalance_UnknownNode_IsNotFoundProblem()
    {
        await Host.RunAsync("mini:hourly");

        var (status, _, type) = await Host.GetAsync($"{MiniNodes}/no-such-node/balance");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(ProblemType, type);
    }

    [Fact]
    public async Task GetOpenApi_DescribesTheScenarioRoutes()
    {
        var document = await Host.GetOkAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/scenarios/{scenario}/run", paths);
        Assert.Contains("/api/scenarios/{scenario}/nodes/{node}/balance", paths);
    }
}
