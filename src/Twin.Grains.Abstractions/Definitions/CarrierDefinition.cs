namespace Twin.Grains.Abstractions.Definitions;

/// <summary>A carrier as the domain knows it; kind and grade travel by name.</summary>
[GenerateSerializer]
[Alias("twin.CarrierDefinition")]
public sealed record CarrierDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Unit,
    [property: Id(3)] double WaterPerUnit,
    [property: Id(4)] double EnergyPerUnit,
    [property: Id(5)] string? Grade,
    [property: Id(6)] int CascadeRank,
    [property: Id(7)] string? Description,
    [property: Id(8)] double Co2PerGigajoule);
