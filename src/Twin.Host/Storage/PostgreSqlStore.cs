using Npgsql;

namespace Twin.Host.Storage;

/// <summary>The cluster's store: clustering and grain state in one PostgreSQL database.</summary>
internal static class PostgreSqlStore
{
    public const string Invariant = "Npgsql";

    /// <summary>Runs the project's scripts in order, in one transaction; safe to repeat.</summary>
    public static async Task ApplyAsync(string connectionString, TextWriter log, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);

        foreach (var script in SchemaScripts.PostgreSql)
        {
            await using var command = new NpgsqlCommand(SchemaScripts.Read(script), connection, transaction);
            await command.ExecuteNonQueryAsync(cancellation);
            await log.WriteLineAsync($"applied {script}");
        }

        await transaction.CommitAsync(cancellation);
    }
}
