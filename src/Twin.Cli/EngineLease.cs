using Twin.Domain.Simulation;

namespace Twin.Cli;

/// <summary>
/// An engine held for one command. Disposing it stops what the engine started (the grains
/// engine's in-process silo), so a command never leaves a silo running behind it.
/// </summary>
public sealed class EngineLease(ISimulationEngine engine) : IAsyncDisposable
{
    public ISimulationEngine Engine { get; } = engine;

    public async ValueTask DisposeAsync()
    {
        if (Engine is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
