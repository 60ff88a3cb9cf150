namespace Twin.Host.Api.Documents;

/// <summary>
/// A flow of a Sankey diagram over the run's horizon: one connection, its value in the
/// diagram's unit.
/// </summary>
/// <param name="Circular">
/// The link closes a loop (water back through the WWTP and the reclaimed-water plant, heat
/// returning to its plant). A Sankey layout needs a graph without loops, so a chart draws such
/// a link into a copy of its target; nothing is left out.
/// </param>
public sealed record SankeyLink(string Source, string Target, string Carrier, double Value, string Unit,
    bool Circular);
