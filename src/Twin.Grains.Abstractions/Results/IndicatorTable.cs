namespace Twin.Grains.Abstractions.Results;

[GenerateSerializer]
[Immutable]
[Alias("twin.IndicatorTable")]
public sealed record IndicatorTable(
    [property: Id(0)] int Run,
    [property: Id(1)] IndicatorLine[] Rows);
