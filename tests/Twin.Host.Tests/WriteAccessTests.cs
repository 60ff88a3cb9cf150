using System.Net;
using Twin.Host.Tests.Support;

namespace Twin.Host.Tests;

/// <summary>A host with a key: writes need the X-Api-Key header, reads stay open, the key is never logged.</summary>
[Trait("Category", "Cluster")]
public sealed class WriteAccessTests(KeyedHostFixture fixture) : IClassFixture<KeyedHostFixture>
{
    private const string Run = "/api/scenarios/mini:hourly/run";

    private HostProcess Host => fixture.Host;

    [Fact]
    public async Task PostRun_WithoutKey_IsUnauthorizedProblem()
    {
        using var response = await Host.Http.PostAsync(Run, content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostRun_WithWrongKey_IsForbiddenProblem()
    {
        using var response = await SendAsync(HttpMethod.Post, Run, "not-the-key");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostRun_WithTheKey_IsAccepted()
    {
        using var response = await SendAsync(HttpMethod.Post, Run, KeyedHostFixture.Key);
        await Host.WaitForEndAsync("mini:hourly");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/scenarios/no-such/run")]
    [InlineData("/api/scenarios/no-such")]
    public async Task Write_WithoutKey_IsRefusedBeforeAnythingElse(string path)
    {
        var method = path.EndsWith("/run", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Delete;

        using var response = await SendAsync(method, path, key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostScenario_WithoutKey_IsUnauthorized()
    {
        using var content = new StringContent("scenario: nope\nbase: park\n", System.Text.Encoding.UTF8,
            "application/yaml");

        using var response = await Host.Http.PostAsync("/api/scenarios?park=mini", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Read_WithoutKey_IsOpen()
    {
        using var response = await Host.Http.GetAsync("/api/scenarios/mini:hourly/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Output_AfterRefusedAndAcceptedWrites_NeverHoldsTheKey()
    {
        using var wrong = await SendAsync(HttpMethod.Post, Run, "not-the-key");
        using var right = await SendAsync(HttpMethod.Post, Run, KeyedHostFixture.Key);
        await Host.WaitForEndAsync("mini:hourly");

        Assert.Contains("write refused", Host.Output);
        Assert.DoesNotContain(KeyedHostFixture.Key, Host.Output);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await Host.Http.SendAsync(request);
    }
}
