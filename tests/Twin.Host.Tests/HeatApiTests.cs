using System.Net;
using Twin.Host.Tests.Support;

namespace Twin.Host.Tests;

/// <summary>The waste-heat sizing questions answered over HTTP, as <c>twin heat</c> answers them.</summary>
[Collection(EmbeddedHostCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class HeatApiTests(EmbeddedHostFixture fixture)
{
    private const string Heat = "/api/scenarios/waste-heat/heat";

    private HostProcess Host => fixture.Host;

    [Fact]
    public async Task GetHeat_WasteHeatScenario_ReportsTheSeasonPerSegment()
    {
        var body = await Host.GetOkAsync(Heat);

        var season = body.GetProperty("season");
        Assert.True(season.GetProperty("heat_delivered_gj").GetDouble() > 0);
        Assert.True(season.GetProperty("coal_displaced_tce").GetDouble() > 0);
        Assert.Equal(3, season.GetProperty("segments").GetArrayLength());
    }

    [Fact]
    public async Task GetHeat_BranchShut_DisplacesLessCoal()
    {
        var body = await Host.GetOkAsync(Heat + "?shut=wh-xinli-branch");

        var intact = body.GetProperty("season").GetProperty("coal_displaced_tce").GetDouble();
        var shut = body.GetProperty("shut").GetProperty("season").GetProperty("coal_displaced_tce").GetDouble();
        Assert.True(shut < intact, $"{shut} with the Xinli branch shut against {intact}");
    }

    [Fact]
    public async Task GetHeat_UnknownPipeline_IsBadRequestNamingThePipelines()
    {
        var (status, body, _) = await Host.GetAsync(Heat + "?shut=no-such-pipe");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("wh-xinli-branch", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetHeat_ScenarioWithoutWasteHeat_IsBadRequest()
    {
        var (status, _, _) = await Host.GetAsync("/api/scenarios/base-2020/heat");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
