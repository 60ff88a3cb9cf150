namespace Twin.Grains.Abstractions.Definitions;

/// <summary>A node parameter in base units, with its dimension by name and the text it was written as.</summary>
[GenerateSerializer]
[Alias("twin.ParameterDefinition")]
public sealed record ParameterDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] double Value,
    [property: Id(2)] string Dimension,
    [property: Id(3)] string Text,
    [property: Id(4)] string Source,
    [property: Id(5)] LocationDefinition Location,
    [property: Id(6)] string? Note);
