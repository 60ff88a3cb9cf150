using System.Reflection;

namespace Twin.Host.Storage;

/// <summary>The project's own SQL scripts, embedded in the host assembly from Schema/.</summary>
internal static class SchemaScripts
{
    public const string Sqlite = "Schema/Sqlite/twin.sql";

    /// <summary>The PostgreSQL scripts in the order they must run.</summary>
    public static IReadOnlyList<string> PostgreSql { get; } =
    [
        "Schema/PostgreSql/1-main.sql",
        "Schema/PostgreSql/2-clustering.sql",
        "Schema/PostgreSql/3-persistence.sql",
    ];

    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the host assembly holds no script '{name}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
