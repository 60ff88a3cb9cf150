namespace Twin.Grains.Abstractions.Parks;

/// <summary>
/// A scenario created over HTTP: its overlay exactly as it was sent (YAML or JSON in the
/// topology's overlay format), kept so that every silo rebuilds the same scenario from it.
/// </summary>
/// <param name="Base">The scenario (or "park") the overlay applies to.</param>
[GenerateSerializer]
[Alias("twin.CreatedScenario")]
public sealed record CreatedScenario(
    [property: Id(0)] string Name,
    [property: Id(1)] string Base,
    [property: Id(2)] string Overlay,
    [property: Id(3)] DateTimeOffset CreatedAt);
