using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Grains.Engine;

namespace Twin.Grains.Hosting;

/// <summary>
/// The "grains" engine for the command line: starts an <see cref="InProcessSilo"/> on its first
/// run and stops it when disposed. <c>twin run --engine grains</c> registers it with
/// <c>EngineRegistry.With(InProcessGrainEngine.EngineName, () => new InProcessGrainEngine())</c>.
/// </summary>
public sealed class InProcessGrainEngine(InProcessSiloOptions? silo = null, SimulationOptions? options = null)
    : ISimulationEngine, IAsyncDisposable
{
    public const string EngineName = GrainEngine.EngineName;

    private InProcessSilo? _silo;

    public string Name => EngineName;

    public async Task<SimulationResult> RunAsync(ParkModel park, IProgress<RunProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        _silo ??= await InProcessSilo.StartAsync(silo, cancellation);
        return await _silo.Engine(options).RunAsync(park, progress, cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        if (_silo is { } running)
        {
            _silo = null;
            await running.DisposeAsync();
        }
    }
}
