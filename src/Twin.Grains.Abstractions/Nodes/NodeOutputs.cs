namespace Twin.Grains.Abstractions.Nodes;

/// <summary>The outward series of one evaluation: what the node sends out and asks of its inputs.</summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.NodeOutputs")]
public sealed record NodeOutputs(
    [property: Id(0)] double[][] OutFlows,
    [property: Id(1)] double[][] InRequests);
