using Twin.Grains.Abstractions.Parks;

namespace Twin.Grains.Parks;

/// <summary>What a park grain stores: the scenarios created for the park, and their version.</summary>
[GenerateSerializer]
[Alias("twin.ParkState")]
public sealed record ParkState
{
    [Id(0)]
    public long Version { get; init; }

    [Id(1)]
    public CreatedScenario[] Scenarios { get; init; } = [];
}
