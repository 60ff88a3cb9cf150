using Twin.Host.Storage;

namespace Twin.Host.Hosting;

/// <summary>
/// <c>twin-host schema apply</c>: applies the project's PostgreSQL scripts to the database named
/// by Twin:Cluster:PostgreSql (from the environment as Twin__Cluster__PostgreSql, or as the
/// argument --Twin:Cluster:PostgreSql=...). The embedded SQLite file needs no command: the host
/// creates it on first start.
/// </summary>
internal static class SchemaCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "schema";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["schema", "apply", ..])
        {
            await Console.Error.WriteLineAsync(
                "usage: Twin.Host schema apply [--Twin:Cluster:PostgreSql=<connection string>]");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args[2..])
            .Build();
        var settings = HostSettings.From(configuration);
        if (settings.PostgreSql is not { } connection)
        {
            await Console.Error.WriteLineAsync(
                "schema apply: set Twin:Cluster:PostgreSql to the database's connection string");
            return 2;
        }

        await PostgreSqlStore.ApplyAsync(connection, Console.Out, CancellationToken.None);
        return 0;
    }
}
