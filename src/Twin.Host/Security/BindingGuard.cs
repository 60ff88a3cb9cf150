using System.Net;

namespace Twin.Host.Security;

/// <summary>
/// Refuses to serve writes to the network without a key: a host whose addresses are not all
/// loopback must have <see cref="ApiKey.Variable"/> set before it starts.
/// </summary>
internal static class BindingGuard
{
    /// <summary>The addresses that reach beyond this machine; empty when all are loopback.</summary>
    public static IReadOnlyList<string> OpenAddresses(IConfiguration configuration)
    {
        var urls = (configuration[WebHostDefaults.ServerUrlsKey] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren()
                .Select(e => e["Url"]).OfType<string>());
        return urls.Where(url => !IsLoopback(url)).ToArray();
    }

    private static bool IsLoopback(string url)
    {
        // Kestrel's wildcards ("*", "+") do not parse as a Uri host: they listen everywhere.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard.").Replace("://+", "://wildcard."), UriKind.Absolute,
                out var uri))
        {
            return false;
        }

        var host = uri.Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
