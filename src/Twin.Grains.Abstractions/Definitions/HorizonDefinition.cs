namespace Twin.Grains.Abstractions.Definitions;

/// <summary>The simulated period: whole days from a start date at steps of one hour or one day.</summary>
[GenerateSerializer]
[Alias("twin.HorizonDefinition")]
public sealed record HorizonDefinition(
    [property: Id(0)] DateOnly Start,
    [property: Id(1)] int Days,
    [property: Id(2)] int StepHours)
{
    public int Steps => Days * (24 / StepHours);
}
