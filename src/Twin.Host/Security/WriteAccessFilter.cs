using System.Net;
using Twin.Host.Hosting;

namespace Twin.Host.Security;

/// <summary>
/// Guards the endpoints that create, run or delete. With a key set, the request must carry it
/// (401 without, 403 with another). Without one, only a client on this machine may write:
/// the host then trusts the machine's own users, as it trusts them with its data folder.
/// </summary>
internal sealed class WriteAccessFilter(ApiKey key, ILogger<WriteAccessFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Refusal(http) is { } refusal)
        {
            HostLog.WriteRefused(logger, http.Request.Path, refusal.Reason,
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return refusal.Problem;
        }

        return await next(context);
    }

    private (string Reason, IResult Problem)? Refusal(HttpContext http)
    {
        if (!key.IsSet)
        {
            return IsLoopback(http.Connection.RemoteIpAddress) ? null : ("not from loopback", Problem(
                StatusCodes.Status403Forbidden, "Forbidden",
                $"this host has no key: it accepts writes from its own machine only (set {ApiKey.Variable})"));
        }

        if (!http.Request.Headers.TryGetValue(ApiKey.Header, out var presented) || presented.Count == 0)
        {
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKey.Header}\"";
            return ("no key", Problem(StatusCodes.Status401Unauthorized, "Key required",
                $"creating, running and deleting need the header {ApiKey.Header}"));
        }

        return key.Matches(presented.ToString()) ? null : ("wrong key", Problem(StatusCodes.Status403Forbidden,
            "Forbidden", $"the {ApiKey.Header} header does not hold this host's key"));
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
