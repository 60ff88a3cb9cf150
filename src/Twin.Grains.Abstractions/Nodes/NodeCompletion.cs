namespace Twin.Grains.Abstractions.Nodes;

/// <summary>The converged flows on a node's connections at the end of a run, by port.</summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.NodeCompletion")]
public sealed record NodeCompletion(
    [property: Id(0)] int Run,
    [property: Id(1)] int Sweeps,
    [property: Id(2)] double[][] InFlows,
    [property: Id(3)] double[][] OutFlows);
