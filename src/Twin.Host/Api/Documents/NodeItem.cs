using Twin.Domain.Model;

namespace Twin.Host.Api.Documents;

/// <summary>A node of a scenario's topology: its kind (the process model), names and parameters.</summary>
/// <param name="Label">The name without the registered Chinese name in brackets, for charts.</param>
/// <param name="Settings">Words rather than numbers, e.g. a boundary's role.</param>
public sealed record NodeItem(
    string Id,
    string Kind,
    string Name,
    string Label,
    string? Profile,
    IReadOnlyDictionary<string, string> Settings,
    string? Note,
    IReadOnlyList<ParameterItem> Parameters)
{
    public static NodeItem From(NodeSpec node, IReadOnlyDictionary<string, string> sources) => new(
        node.Id,
        node.Kind,
        node.Name,
        ReadableName.Of(node.Name),
        node.Profile,
        node.Texts ?? new Dictionary<string, string>(),
        node.Note,
        node.Parameters.Values.Select(p => ParameterItem.From(p, sources)).ToArray());
}
