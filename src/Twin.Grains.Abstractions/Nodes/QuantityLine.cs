namespace Twin.Grains.Abstractions.Nodes;

/// <summary>One quantity's balance over a period: residual = in + transformed - out - stock change.</summary>
[GenerateSerializer]
[Alias("twin.QuantityLine")]
public sealed record QuantityLine(
    [property: Id(0)] string Quantity,
    [property: Id(1)] string Unit,
    [property: Id(2)] double In,
    [property: Id(3)] double Out,
    [property: Id(4)] double StockChange,
    [property: Id(5)] double Transformed,
    [property: Id(6)] double Residual);
