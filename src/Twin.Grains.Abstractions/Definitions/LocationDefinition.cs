namespace Twin.Grains.Abstractions.Definitions;

/// <summary>Where something was written in a topology: file and 1-based line.</summary>
[GenerateSerializer]
[Alias("twin.LocationDefinition")]
public sealed record LocationDefinition(
    [property: Id(0)] string Path,
    [property: Id(1)] int Line);
