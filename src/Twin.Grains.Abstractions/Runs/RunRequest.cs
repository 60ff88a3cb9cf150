using Twin.Grains.Abstractions.Definitions;

namespace Twin.Grains.Abstractions.Runs;

/// <summary>What to run: the park, the baseline for growth indicators, and how to iterate.</summary>
/// <param name="Tolerance">Converged when no edge changes by more than this share in a sweep.</param>
/// <param name="MaxSweeps">Sweeps before the run fails for want of convergence.</param>
[GenerateSerializer]
[Immutable]
[Alias("twin.RunRequest")]
public sealed record RunRequest(
    [property: Id(0)] ParkDefinition Park,
    [property: Id(1)] BaselineDefinition? Baseline,
    [property: Id(2)] double Tolerance,
    [property: Id(3)] int MaxSweeps);
