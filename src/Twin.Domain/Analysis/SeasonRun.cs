using Twin.Domain.Simulation;

namespace Twin.Domain.Analysis;

/// <summary>A season's report with the two runs it compares.</summary>
public sealed record SeasonRun(SeasonReport Report, SimulationResult Run, SimulationResult Shut);
