using Spectre.Console;
using Twin.Domain.Model;
using Twin.Domain.Simulation;

namespace Twin.Cli.Running;

/// <summary>
/// Runs an engine off the calling thread and, on a terminal, shows its sweeps once the run has
/// taken longer than <see cref="Patience"/>: a short run finishes without any flicker.
/// </summary>
internal sealed class ProgressRunner(TwinConsole console)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(200);

    public async Task<SimulationResult> RunAsync(ISimulationEngine engine, ParkModel park,
        CancellationToken cancellation)
    {
        var progress = new LatestProgress();
        var run = Task.Run(() => engine.RunAsync(park, progress, cancellation), cancellation);
        if (!console.ShowsProgress)
        {
            return await run;
        }

        await Task.WhenAny(run, Task.Delay(Patience, cancellation));
        if (run.IsCompleted)
        {
            return await run;
        }

        return await console.Out.Status().StartAsync(Describe(park, null), async status =>
        {
            while (!run.IsCompleted)
            {
                status.Status(Describe(park, progress.Current));
                await Task.WhenAny(run, Task.Delay(Refresh, cancellation));
            }

            return await run;
        });
    }

    private static string Describe(ParkModel park, RunProgress? progress)
    {
        var what = Markup.Escape($"Running '{park.Scenario}' ({park.Horizon.Steps} steps)");
        return progress is null
            ? what
            : $"{what}: sweep {progress.Sweep}, largest change {progress.Change:G2}";
    }
}
