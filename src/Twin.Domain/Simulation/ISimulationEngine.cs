using Twin.Domain.Model;

namespace Twin.Domain.Simulation;

/// <summary>
/// Something that runs a validated park to a fixed point: the in-process kernel, or the Orleans
/// grains. Both must give the same flows to rounding.
/// </summary>
public interface ISimulationEngine
{
    /// <summary>"kernel" or "grains", as the command line names it.</summary>
    string Name { get; }

    Task<SimulationResult> RunAsync(ParkModel park, IProgress<RunProgress>? progress = null,
        CancellationToken cancellation = default);
}
