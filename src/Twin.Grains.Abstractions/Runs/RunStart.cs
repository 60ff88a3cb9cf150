namespace Twin.Grains.Abstractions.Runs;

/// <summary>The answer to a request to run: started (with the new run's number) or refused.</summary>
/// <param name="Run">The started run, or the one still going when refused.</param>
[GenerateSerializer]
[Alias("twin.RunStart")]
public sealed record RunStart(
    [property: Id(0)] RunStartOutcome Outcome,
    [property: Id(1)] int Run,
    [property: Id(2)] ScenarioStatus Status)
{
    public bool Started => Outcome == RunStartOutcome.Started;
}
