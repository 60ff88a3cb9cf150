using Twin.Grains.Abstractions.Nodes;

namespace Twin.Grains.Nodes;

/// <summary>
/// What a node grain stores, once per run: the setup it ran with (its node and ports), the
/// converged flows on its connections by port, and its terms. Enough to answer balance queries
/// after a restart without the rest of the park.
/// </summary>
[GenerateSerializer]
[Alias("twin.NodeState")]
public sealed record NodeState
{
    /// <summary>The run these results belong to; 0 before the first completed run.</summary>
    [Id(0)]
    public int Run { get; init; }

    [Id(1)]
    public NodeSetup? Setup { get; init; }

    [Id(2)]
    public double[][] InFlows { get; init; } = [];

    [Id(3)]
    public double[][] OutFlows { get; init; } = [];

    [Id(4)]
    public NodeTermsSeries? Terms { get; init; }
}
