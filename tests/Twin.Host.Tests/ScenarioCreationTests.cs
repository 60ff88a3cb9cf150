using System.Net;
using Twin.Host.Tests.Support;
using Twin.Topology;

namespace Twin.Host.Tests;

/// <summary>
/// Creating scenarios from an overlay over HTTP, validated as `twin validate` validates them,
/// and deleting them.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class ScenarioCreationTests(EmbeddedHostFixture fixture)
{
    private const string ProblemType = "application/problem+json";
    private const string Scenarios = "/api/scenarios?park=weihai-etdz";

    private HostProcess Host => fixture.Host;

    [Fact]
    public async Task Create_ValidYamlOverlay_IsServedRunAndDeleted()
    {
        var overlay = """
            scenario: api-more-makeup
            description: Huaneng takes 4.0 Mt/yr of make-up water
            base: base-2020
            source: plan
            set:
              huaneng:
                parameters:
                  makeup_water: 4.0 Mt/yr
            """;

        var (created, body, _) = await Host.PostTextAsync(Scenarios, overlay);
        var listed = await Host.GetOkAsync("/api/scenarios");
        var final = await Host.RunAsync("api-more-makeup");
        var totals = await Host.GetOkAsync("/api/scenarios/api-more-makeup/totals");
        var (deleted, _, _) = await Host.DeleteAsync("/api/scenarios/weihai-etdz:api-more-makeup");
        var (after, _, _) = await Host.GetAsync("/api/scenarios/api-more-makeup/totals");

        Assert.True(created == HttpStatusCode.Created, $"{(int)created} {body}");
        Assert.Equal("weihai-etdz:api-more-makeup", body.GetProperty("id").GetString());
        Assert.True(body.GetProperty("created").GetBoolean());
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetString() == "weihai-etdz:api-more-makeup");
        Assert.Equal("completed", final.GetProperty("state").GetString());
        Assert.True(totals.GetProperty("totals").GetProperty("fresh_water_t").GetDouble() > 0);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, after);
    }

    [Fact]
    public async Task Create_JsonOverlay_IsAcceptedLikeYaml()
    {
        var overlay = """{ "scenario": "api-json", "base": "base-2020", "description": "as JSON" }""";

        var (status, body, _) = await Host.PostTextAsync(Scenarios, overlay, "application/json");
        await Host.DeleteAsync("/api/scenarios/api-json");

        Assert.True(status == HttpStatusCode.Created, $"{(int)status} {body}");
        Assert.Equal("as JSON", body.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Create_UnknownNode_IsBadRequestWithTwinValidatesMessage()
    {
        var overlay = """
            scenario: api-unknown-node
            base: base-2020
            source: plan
            set:
              no-such-plant:
                parameters:
                  makeup_water: 1 Mt/yr
            """;

        var (status, body, type) = await Host.PostTextAsync(Scenarios, overlay);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ProblemType, type);
        var problems = body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToArray();
        Assert.Equal(ValidateAsAFile(overlay), problems);
        Assert.Contains("no-such-plant", Assert.Single(problems));
    }

    [Fact]
    public async Task Create_ParameterWithoutUnit_IsBadRequestAtItsLine()
    {
        var overlay = """
            scenario: api-no-unit
            base: base-2020
            source: plan
            set:
              huaneng:
                parameters:
                  makeup_water: 4.0
            """;

        var (status, body, _) = await Host.PostTextAsync(Scenarios, overlay);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray()).GetString();
        Assert.StartsWith("overlay:7: ", problem);
        Assert.Contains("huaneng", problem);
    }

    [Fact]
    public async Task Create_MalformedYaml_IsBadRequestWithTheSyntaxLine()
    {
        var (status, body, type) = await Host.PostTextAsync(Scenarios, "scenario: broken\nbase: [base-2020\n");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ProblemType, type);
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray()).GetString();
        Assert.Matches(@"^overlay:\d+: file: YAML syntax: ", problem);
    }

    [Fact]
    public async Task Create_EmptyBody_IsBadRequestProblem()
    {
        var (status, _, type) = await Host.PostTextAsync(Scenarios, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ProblemType, type);
    }

    [Fact]
    public async Task Create_NameOfAScenarioInTheFiles_IsConflictProblem()
    {
        var (status, _, type) = await Host.PostTextAsync(Scenarios, "scenario: waste-heat\nbase: base-2020\n");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(ProblemType, type);
    }

    [Fact]
    public async Task Create_UnknownPark_IsNotFoundProblem()
    {
        var (status, _, type) = await Host.PostTextAsync("/api/scenarios?park=atlantis", "scenario: x\nbase: park\n");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(ProblemType, type);
    }

    [Fact]
    public async Task Create_BodyOverTheLimit_IsPayloadTooLargeProblem()
    {
        var huge = "scenario: huge\nbase: base-2020\ndescription: \"" + new string('x', 300 * 1024) + "\"\n";

        var (status, _, type) = await Host.PostTextAsync(Scenarios, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(ProblemType, type);
    }

    [Fact]
    public async Task Create_ChunkedBodyOverTheLimit_IsPayloadTooLargeProblem()
    {
        var huge = "scenario: huge\nbase: base-2020\n# " + new string('x', 300 * 1024) + "\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, Scenarios)
        {
            Content = new StringContent(huge, System.Text.Encoding.UTF8, "application/yaml"),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ProblemType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Delete_ScenarioOfTheFiles_IsConflictProblem()
    {
        var (status, body, type) = await Host.DeleteAsync("/api/scenarios/base-2020");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(ProblemType, type);
        Assert.Contains("topology files", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Delete_BaseOfAnotherCreatedScenario_IsConflictUntilThatOneIsGone()
    {
        await Host.PostTextAsync(Scenarios, "scenario: api-base\nbase: base-2020\n");
        await Host.PostTextAsync(Scenarios, "scenario: api-on-top\nbase: api-base\n");

        var (refused, body, _) = await Host.DeleteAsync("/api/scenarios/api-base");
        var (top, _, _) = await Host.DeleteAsync("/api/scenarios/api-on-top");
        var (bottom, _, _) = await Host.DeleteAsync("/api/scenarios/api-base");

        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal("api-on-top", Assert.Single(body.GetProperty("dependents").EnumerateArray()).GetString());
        Assert.Equal(HttpStatusCode.NoContent, top);
        Assert.Equal(HttpStatusCode.NoContent, bottom);
    }

    [Fact]
    public async Task Delete_UnknownScenario_IsNotFoundProblem()
    {
        var (status, _, type) = await Host.DeleteAsync("/api/scenarios/no-such-scenario");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(ProblemType, type);
    }

    /// <summary>
    /// What `twin validate` says of the overlay saved as a scenario file of the park, with the
    /// file's path in its messages replaced by the label the API gives the overlay.
    /// </summary>
    private static string[] ValidateAsAFile(string overlay)
    {
        using var folder = new TempFolder();
        var park = Path.Combine(Repository.CopyTopologyInto(folder.Path), "weihai-etdz");
        var file = Path.Combine(park, "scenarios", "api-overlay.yaml");
        File.WriteAllText(file, overlay);

        return TopologyLoader.Load(park).ValidateAll()
            .Where(i => i.Location.Path.EndsWith("api-overlay.yaml", StringComparison.Ordinal))
            .Select(i => i.ToString().Replace(i.Location.Path, "overlay", StringComparison.Ordinal))
            .ToArray();
    }
}
