namespace Twin.Domain.Simulation;

/// <summary>Progress of a run: sweeps done, and the largest relative change of the last sweep.</summary>
public sealed record RunProgress(int Sweep, int MaxSweeps, double Change);
