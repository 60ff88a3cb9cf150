using Twin.Domain.Model;
using Twin.Domain.Simulation;

namespace Twin.Cli.Tests;

/// <summary>An engine that fails as told, for the exit codes of failed runs.</summary>
public sealed class ThrowingEngine(Func<Exception> failure) : ISimulationEngine
{
    public const string Name = "throwing";

    string ISimulationEngine.Name => Name;

    public Task<SimulationResult> RunAsync(ParkModel park, IProgress<RunProgress>? progress = null,
        CancellationToken cancellation = default) => throw failure();

    public static EngineRegistry Registry(Func<Exception> failure) =>
        EngineRegistry.Default.With(Name, () => new ThrowingEngine(failure));
}
