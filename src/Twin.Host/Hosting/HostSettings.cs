namespace Twin.Host.Hosting;

/// <summary>
/// Where the host keeps its data, which parks it serves, and whether it runs alone (the embedded
/// default) or as one silo of a cluster on PostgreSQL.
/// </summary>
/// <param name="PostgreSql">The cluster's connection string; null for the embedded default.</param>
public sealed record HostSettings(
    string DataDirectory,
    string TopologyDirectory,
    string? PostgreSql,
    int SiloPort,
    int GatewayPort,
    string ClusterId,
    string ServiceId)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string DataDirectoryVariable = "TWIN_DATA_DIR";

    public const string TopologyDirectoryVariable = "TWIN_TOPOLOGY_DIR";

    public const string DatabaseFile = "twin.db";

    public bool IsCluster => PostgreSql is not null;

    public string SqlitePath => Path.Combine(DataDirectory, DatabaseFile);

    public static HostSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var here = Directory.GetCurrentDirectory();
        return new HostSettings(
            Path.GetFullPath(configuration[DataDirectoryVariable] ?? Path.Combine(here, "data")),
            Path.GetFullPath(configuration[TopologyDirectoryVariable] ?? Path.Combine(here, "topology")),
            NullIfEmpty(configuration["Twin:Cluster:PostgreSql"]),
            configuration.GetValue("Twin:Silo:Port", 11111),
            configuration.GetValue("Twin:Silo:GatewayPort", 30000),
            configuration["Twin:Cluster:Id"] ?? "twin",
            configuration["Twin:Cluster:ServiceId"] ?? "twin");
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
