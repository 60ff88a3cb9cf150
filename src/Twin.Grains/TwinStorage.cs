namespace Twin.Grains;

/// <summary>
/// The grain storage the twin's grains persist through, and the state name of each grain type.
/// Stored rows are keyed by state name and grain key, so each grain type has its own name:
/// two types sharing one would read and overwrite each other's rows.
/// </summary>
public static class TwinStorage
{
    /// <summary>The storage provider's name: memory, SQLite or PostgreSQL, as the host configures it.</summary>
    public const string Name = "twin";

    public const string ScenarioState = "scenario";

    public const string NodeState = "node";

    public const string ParkState = "park";
}
