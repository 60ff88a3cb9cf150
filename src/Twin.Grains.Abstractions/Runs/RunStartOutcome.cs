namespace Twin.Grains.Abstractions.Runs;

[GenerateSerializer]
[Alias("twin.RunStartOutcome")]
public enum RunStartOutcome
{
    /// <summary>The run was accepted and is going.</summary>
    Started,

    /// <summary>Refused: a run of this scenario is still going.</summary>
    AlreadyRunning,
}
