namespace Twin.Grains.Abstractions.Runs;

/// <summary>Why a run failed; for <see cref="FailureKind.Convergence"/>, where it stopped.</summary>
/// <param name="Connections">Keys of the connections that changed most in the last sweep.</param>
[GenerateSerializer]
[Alias("twin.RunFailure")]
public sealed record RunFailure(
    [property: Id(0)] FailureKind Kind,
    [property: Id(1)] string Message,
    [property: Id(2)] int Sweeps,
    [property: Id(3)] double Change,
    [property: Id(4)] string[] Connections);
