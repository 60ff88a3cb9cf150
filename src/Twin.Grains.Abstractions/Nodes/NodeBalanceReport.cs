namespace Twin.Grains.Abstractions.Nodes;

/// <summary>A node's balances over steps [From, To), one line per quantity, with shortfalls and details.</summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.NodeBalanceReport")]
public sealed record NodeBalanceReport(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] StepRange Steps,
    [property: Id(4)] QuantityLine[] Quantities,
    [property: Id(5)] Dictionary<string, double> Shortfalls,
    [property: Id(6)] Dictionary<string, double> Details);
