namespace Twin.Grains.Abstractions;

/// <summary>
/// How grains are keyed. A scenario grain is keyed by the scenario's id, "{park}:{scenario}";
/// a node grain by "{scenario id}/{node}", so that no two scenarios ever share a node's state.
/// </summary>
public static class GrainKeys
{
    public const char ParkSeparator = ':';

    public const char NodeSeparator = '/';

    public static string Scenario(string park, string scenario) => $"{park}{ParkSeparator}{scenario}";

    public static string Node(string scenarioId, string node) => $"{scenarioId}{NodeSeparator}{node}";

    /// <summary>The scenario id and node id of a node grain's key.</summary>
    public static (string Scenario, string Node) SplitNode(string key)
    {
        var at = key.LastIndexOf(NodeSeparator);
        return at < 0 ? ("", key) : (key[..at], key[(at + 1)..]);
    }
}
