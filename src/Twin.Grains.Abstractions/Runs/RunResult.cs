using Twin.Grains.Abstractions.Nodes;

namespace Twin.Grains.Abstractions.Runs;

/// <summary>
/// A run's results step by step: each connection's flow, in the park's connection order, and
/// each node's terms, in the park's node order.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.RunResult")]
public sealed record RunResult(
    [property: Id(0)] int Run,
    [property: Id(1)] int Sweeps,
    [property: Id(2)] int Loops,
    [property: Id(3)] double[][] Flows,
    [property: Id(4)] NodeTermsSeries[] Nodes);
