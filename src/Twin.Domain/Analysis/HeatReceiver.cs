namespace Twin.Domain.Analysis;

/// <summary>A node that takes waste heat from the network's pipelines.</summary>
/// <param name="Feeders">The pipelines it takes waste heat from.</param>
/// <param name="Fallbacks">The nodes whose fired heat or steam covers what waste heat cannot.</param>
public sealed record HeatReceiver(
    string Id,
    string Kind,
    IReadOnlyList<string> Feeders,
    IReadOnlyList<string> Fallbacks);
