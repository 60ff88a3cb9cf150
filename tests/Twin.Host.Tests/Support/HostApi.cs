using System.Net;
using System.Text.Json;

namespace Twin.Host.Tests.Support;

/// <summary>Calls on the host's HTTP API, read as JSON.</summary>
internal static class HostApi
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> GetAsync(
        this HostProcess host, string path) => await ReadAsync(await host.Http.GetAsync(path));

    public static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostAsync(
        this HostProcess host, string path) => await ReadAsync(await host.Http.PostAsync(path, content: null));

    public static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> DeleteAsync(
        this HostProcess host, string path) => await ReadAsync(await host.Http.DeleteAsync(path));

    /// <summary>POSTs a text body with its media type, as a client sends an overlay.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostTextAsync(
        this HostProcess host, string path, string text, string mediaType = "application/yaml")
    {
        using var content = new StringContent(text, System.Text.Encoding.UTF8, mediaType);
        return await ReadAsync(await host.Http.PostAsync(path, content));
    }

    /// <summary>GETs a path that must answer 200 and returns its body.</summary>
    public static async Task<JsonElement> GetOkAsync(this HostProcess host, string path)
    {
        var (status, body, _) = await host.GetAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status} {body}");
        return body;
    }

    /// <summary>Starts a run and waits, for a bounded time, until it has ended; returns the final status.</summary>
    public static async Task<JsonElement> RunAsync(this HostProcess host, string scenario)
    {
        await host.WaitForEndAsync(scenario);
        var (status, body, _) = await host.PostAsync($"/api/scenarios/{scenario}/run");
        Assert.True(status == HttpStatusCode.Accepted, $"POST run of {scenario}: {(int)status} {body}");
        return await host.WaitForEndAsync(scenario);
    }

    public static async Task<JsonElement> WaitForEndAsync(this HostProcess host, string scenario)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        var last = default(JsonElement);
        while (DateTime.UtcNow < deadline)
        {
            last = await host.GetOkAsync($"/api/scenarios/{scenario}/status");
            if (last.GetProperty("state").GetString() != "running")
            {
                return last;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"the run of {scenario} did not end within 120 s; last status {last}");
    }

    private static async Task<(HttpStatusCode, JsonElement, string?)> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            return (response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
        }
    }
}
