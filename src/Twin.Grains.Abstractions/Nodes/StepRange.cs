namespace Twin.Grains.Abstractions.Nodes;

/// <summary>Steps [<see cref="From"/>, <see cref="To"/>) of a run's horizon.</summary>
[GenerateSerializer]
[Alias("twin.StepRange")]
public sealed record StepRange(
    [property: Id(0)] int From,
    [property: Id(1)] int To);
