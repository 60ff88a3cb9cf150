using Twin.Grains.Abstractions.Nodes;

namespace Twin.Grains.Abstractions.Results;

/// <summary>Every node's balance and the park's (what crosses its boundary nodes) over a whole run.</summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.BalanceTable")]
public sealed record BalanceTable(
    [property: Id(0)] int Run,
    [property: Id(1)] NodeBalanceReport[] Nodes,
    [property: Id(2)] QuantityLine[] Park);
