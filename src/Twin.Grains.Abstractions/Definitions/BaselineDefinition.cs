namespace Twin.Grains.Abstractions.Definitions;

/// <summary>An earlier year's run that the growth indicators compare with.</summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.BaselineDefinition")]
public sealed record BaselineDefinition(
    [property: Id(0)] int Year,
    [property: Id(1)] double ValueAdded,
    [property: Id(2)] Dictionary<string, double> Totals);
