namespace Twin.Grains.Abstractions.Definitions;

/// <summary>A profile: one weight per day of a 365-day year; a load shape or an availability.</summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.ProfileDefinition")]
public sealed record ProfileDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] double[] DailyWeights,
    [property: Id(2)] string Source,
    [property: Id(3)] LocationDefinition Location,
    [property: Id(4)] bool Shape = true);
