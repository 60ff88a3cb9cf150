namespace Twin.Grains.Abstractions.Runs;

[GenerateSerializer]
[Alias("twin.FailureKind")]
public enum FailureKind
{
    /// <summary>The loops did not reach a fixed point within the allowed sweeps.</summary>
    Convergence,

    /// <summary>The silo running the scenario stopped in the middle of the run.</summary>
    Interrupted,

    /// <summary>A node grain or the store failed during the run.</summary>
    Error,
}
