namespace Twin.Grains.Abstractions.Parks;

/// <summary>
/// The scenarios created for one park, in the order they were created. <see cref="Version"/>
/// grows with every change, so a host rebuilds its copy only when it moved.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.CreatedScenarios")]
public sealed record CreatedScenarios(
    [property: Id(0)] long Version,
    [property: Id(1)] CreatedScenario[] Scenarios);
