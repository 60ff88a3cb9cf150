using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Twin.Host.Security;

namespace Twin.Host.Tests;

/// <summary>The write guard on its own, for the clients a test process cannot be: another machine.</summary>
public sealed class WriteAccessFilterTests
{
    [Fact]
    public async Task Invoke_NoKeyFromAnotherMachine_IsForbiddenWithoutCallingTheEndpoint()
    {
        var (result, called) = await InvokeAsync(new ApiKey(null), IPAddress.Parse("192.0.2.10"), header: null);

        Assert.False(called);
        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ProblemHttpResult>(result).StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task Invoke_NoKeyFromLoopback_CallsTheEndpoint(string address)
    {
        var (_, called) = await InvokeAsync(new ApiKey(null), IPAddress.Parse(address), header: null);

        Assert.True(called);
    }

    [Fact]
    public async Task Invoke_KeyFromAnotherMachine_CallsTheEndpoint()
    {
        var (_, called) = await InvokeAsync(new ApiKey("secret"), IPAddress.Parse("192.0.2.10"), header: "secret");

        Assert.True(called);
    }

    [Fact]
    public async Task Invoke_KeySetButNotSentFromLoopback_IsUnauthorized()
    {
        var (result, called) = await InvokeAsync(new ApiKey("secret"), IPAddress.Loopback, header: null);

        Assert.False(called);
        Assert.Equal(StatusCodes.Status401Unauthorized, Assert.IsType<ProblemHttpResult>(result).StatusCode);
    }

    private static async Task<(object? Result, bool Called)> InvokeAsync(ApiKey key, IPAddress remote, string? header)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = remote;
        if (header is not null)
        {
            http.Request.Headers[ApiKey.Header] = header;
        }

        var called = false;
        var filter = new WriteAccessFilter(key, NullLogger<WriteAccessFilter>.Instance);
        var result = await filter.InvokeAsync(EndpointFilterInvocationContext.Create(http), _ =>
        {
            called = true;
            return ValueTask.FromResult<object?>(Results.Ok());
        });
        return (result, called);
    }
}
