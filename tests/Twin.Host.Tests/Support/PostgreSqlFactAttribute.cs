namespace Twin.Host.Tests.Support;

/// <summary>
/// A test on the real PostgreSQL that scripts/postgres.sh starts and names in TWIN_TEST_POSTGRES.
/// Without it the test is skipped on a developer's machine, but runs (and fails, saying why) in
/// CI, where a silently skipped database test would pass for nothing.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public const string Variable = "TWIN_TEST_POSTGRES";

    public PostgreSqlFactAttribute()
    {
        var missing = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (missing && !ci)
        {
            Skip = $"{Variable} is not set: run TWIN_TEST_POSTGRES=$(scripts/postgres.sh) dotnet test";
        }
    }

    /// <summary>The server's connection string; fails the test when it is missing.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set; in CI the test script must start PostgreSQL with scripts/postgres.sh");
}
