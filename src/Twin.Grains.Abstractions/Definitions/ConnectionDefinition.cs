namespace Twin.Grains.Abstractions.Definitions;

/// <summary>A directed connection carrying one carrier.</summary>
[GenerateSerializer]
[Alias("twin.ConnectionDefinition")]
public sealed record ConnectionDefinition(
    [property: Id(0)] string From,
    [property: Id(1)] string To,
    [property: Id(2)] string Carrier,
    [property: Id(3)] LocationDefinition Location,
    [property: Id(4)] int? Priority,
    [property: Id(5)] double? Share);
