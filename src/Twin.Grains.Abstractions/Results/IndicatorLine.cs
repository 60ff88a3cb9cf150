namespace Twin.Grains.Abstractions.Results;

/// <summary>One eco-park indicator of a run, as indicators.json reports it.</summary>
[GenerateSerializer]
[Alias("twin.IndicatorLine")]
public sealed record IndicatorLine(
    [property: Id(0)] int Number,
    [property: Id(1)] string Name,
    [property: Id(2)] string Unit,
    [property: Id(3)] double? Value,
    [property: Id(4)] string Standard,
    [property: Id(5)] double? Target,
    [property: Id(6)] bool? Met,
    [property: Id(7)] string Basis);
