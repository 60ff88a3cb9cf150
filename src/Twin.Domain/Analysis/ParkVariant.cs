using Twin.Domain.Model;
using Twin.Domain.Units;

namespace Twin.Domain.Analysis;

/// <summary>
/// Variants of a scenario that an analysis runs beside it: a parameter set or removed, a node
/// or some connections taken out. The scenario itself is never changed.
/// </summary>
public static class ParkVariant
{
    /// <summary>The source key of parameters that an analysis sets.</summary>
    public const string Source = "analysis";

    /// <summary>The park with a node's parameter set to <paramref name="text"/>, e.g. "90 degC".</summary>
    public static ParkModel WithParameter(ParkModel park, string node, string name, string text,
        string note)
    {
        var value = QuantityParser.Parse(text);
        var parameter = new Parameter(name, value, text, Source, SourceLocation.None, note);
        return ChangeNode(park, node, parameters => parameters[name] = parameter);
    }

    /// <summary>The park without a node's parameter, so that its default (or no limit) applies.</summary>
    public static ParkModel WithoutParameter(ParkModel park, string node, string name) =>
        ChangeNode(park, node, parameters => parameters.Remove(name));

    /// <summary>The park without a node and every connection to or from it.</summary>
    public static ParkModel WithoutNode(ParkModel park, string node)
    {
        Require(park, node);
        return park with
        {
            Nodes = park.Nodes.Where(n => n.Id != node).ToArray(),
            Connections = park.Connections.Where(c => c.From != node && c.To != node).ToArray(),
        };
    }

    /// <summary>The park without the connections that <paramref name="remove"/> picks.</summary>
    public static ParkModel WithoutConnections(ParkModel park, Func<ConnectionSpec, bool> remove) =>
        park with { Connections = park.Connections.Where(c => !remove(c)).ToArray() };

    private static ParkModel ChangeNode(ParkModel park, string node,
        Action<Dictionary<string, Parameter>> change)
    {
        var spec = Require(park, node);
        var parameters = new Dictionary<string, Parameter>(spec.Parameters, StringComparer.Ordinal);
        change(parameters);

        var changed = spec with { Parameters = parameters };
        var sources = new Dictionary<string, string>(park.Sources, StringComparer.Ordinal)
        {
            [Source] = "set by an analysis run beside the scenario, not by the topology",
        };
        return park with
        {
            Nodes = park.Nodes.Select(n => n.Id == node ? changed : n).ToArray(),
            Sources = sources,
        };
    }

    private static NodeSpec Require(ParkModel park, string node) =>
        park.Node(node) ?? throw new ArgumentException(
            $"scenario '{park.Scenario}' has no node '{node}'", nameof(node));
}
