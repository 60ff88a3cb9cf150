namespace Twin.Host.Api.Documents;

/// <summary>
/// A node of a Sankey diagram. A park node is one Sankey node; a boundary node (the world
/// outside) is two, one on the left for what it sends into the park (id "{node}@in") and one on
/// the right for what it takes (id "{node}@out"), so that the sea that supplies cooling water
/// and takes it back does not make a loop.
/// </summary>
/// <param name="Node">The park node this stands for.</param>
/// <param name="Label">The name without the registered Chinese name in brackets.</param>
public sealed record SankeyNode(string Id, string Node, string Label, string Name, string Kind);
