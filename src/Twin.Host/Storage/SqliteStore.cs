using Microsoft.Data.Sqlite;

namespace Twin.Host.Storage;

/// <summary>The embedded default's store: one SQLite file, created with its schema on first start.</summary>
internal static class SqliteStore
{
    /// <summary>The invariant under which Orleans 10 loads Microsoft.Data.Sqlite's factory.</summary>
    public const string Invariant = "System.Data.SQLite";

    /// <summary>
    /// Microsoft.Data.Sqlite's default 30 s command timeout is kept on purpose: several writers
    /// on one file wait for each other's locks instead of failing with "database is locked".
    /// </summary>
    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    /// <summary>Creates the folder and file if missing and brings the schema up to date; safe to repeat.</summary>
    public static void Apply(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var connection = new SqliteConnection(ConnectionString(path));
        connection.Open();

        using var command = connection.CreateCommand();
        command.CommandText = SchemaScripts.Read(SchemaScripts.Sqlite);
        command.ExecuteNonQuery();
    }
}
