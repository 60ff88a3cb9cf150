namespace Twin.Grains.Abstractions.Definitions;

/// <summary>Value added (10,000 CNY per year), employees and industrial land (km2) of a scenario year.</summary>
[GenerateSerializer]
[Alias("twin.EconomyDefinition")]
public sealed record EconomyDefinition(
    [property: Id(0)] double ValueAdded,
    [property: Id(1)] double Employees,
    [property: Id(2)] double IndustrialLandKm2);
