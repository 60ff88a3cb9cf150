using Twin.Host.Api;
using Twin.Host.Security;

namespace Twin.Host.Hosting;

internal static class ListenGuard
{
    /// <summary>
    /// False, with the reason on the console, when the host would listen beyond loopback
    /// without a key: anyone who reaches it could then create, run and delete.
    /// </summary>
    public static bool MayListen(this WebApplicationBuilder builder, ApiKey key)
    {
        var open = BindingGuard.OpenAddresses(builder.Configuration);
        if (open.Count == 0 || key.IsSet)
        {
            return true;
        }

        using var factory = LoggerFactory.Create(logging => logging.AddSimpleConsole());
        HostLog.RefusedToStart(factory.CreateLogger("Twin.Host"),
            $"listening on {string.Join(", ", open)} beyond loopback needs {ApiKey.Variable} set");
        return false;
    }

    /// <summary>
    /// Caps every request body at the overlay limit: no endpoint takes more, and a larger body is
    /// refused before it is read.
    /// </summary>
    public static WebApplicationBuilder LimitRequestBodies(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestText.Limit);
        return builder;
    }
}
