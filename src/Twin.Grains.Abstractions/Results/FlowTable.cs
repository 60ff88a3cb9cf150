namespace Twin.Grains.Abstractions.Results;

/// <summary>Every connection's total of a run, in the park's connection order.</summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.FlowTable")]
public sealed record FlowTable(
    [property: Id(0)] int Run,
    [property: Id(1)] FlowLine[] Rows);
