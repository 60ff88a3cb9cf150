namespace Twin.Domain.Simulation;

/// <summary>How the engines iterate loops to a fixed point.</summary>
/// <param name="Tolerance">Converged when no edge's series changes by more than this share of
/// its own largest value (absolute floor 1e-9 of the unit) in a full sweep. 1e-12 keeps every
/// node balance far inside the 1e-9 that the design requires.</param>
/// <param name="MaxSweeps">Sweeps before a run gives up with <see cref="ConvergenceException"/>.</param>
public sealed record SimulationOptions(double Tolerance = 1e-12, int MaxSweeps = 400)
{
    public static SimulationOptions Default { get; } = new();
}
