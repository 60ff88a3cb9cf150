namespace Twin.Grains.Abstractions.Runs;

/// <summary>The answer to a delete: done, or refused because a run is going (its status says which).</summary>
[GenerateSerializer]
[Alias("twin.ScenarioDeletion")]
public sealed record ScenarioDeletion(
    [property: Id(0)] bool Deleted,
    [property: Id(1)] ScenarioStatus Status);
