namespace Twin.Host.Api.Documents;

/// <summary>
/// A scenario's flows of one quantity as a Sankey diagram: "water" (t of water carried),
/// "energy" (GJ carried) or one carrier in its own unit. Only connections that carry some of
/// it over the horizon are links.
/// </summary>
/// <param name="Total">
/// What enters the park from outside (the links out of boundary nodes), in <see cref="Unit"/>.
/// </param>
public sealed record SankeyDocument(
    string Scenario,
    int Run,
    string Quantity,
    string Unit,
    double Total,
    IReadOnlyList<SankeyNode> Nodes,
    IReadOnlyList<SankeyLink> Links);
