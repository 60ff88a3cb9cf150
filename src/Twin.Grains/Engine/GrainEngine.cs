using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Runs;
using Twin.Grains.Mapping;

namespace Twin.Grains.Engine;

/// <summary>
/// Runs a park through the Orleans grains of whatever cluster <paramref name="grains"/> reaches:
/// one scenario grain, keyed "{park}:{scenario}", and one node grain per node. Returns results
/// of the same shape as <see cref="KernelEngine"/>, and throws the same
/// <see cref="ConvergenceException"/> when the loops do not converge.
/// </summary>
public sealed class GrainEngine(IGrainFactory grains, SimulationOptions? options = null) : ISimulationEngine
{
    public const string EngineName = "grains";

    /// <summary>How long one watch call waits for news; also how soon a cancellation is noticed.</summary>
    private static readonly TimeSpan WatchWait = TimeSpan.FromSeconds(2);

    private readonly SimulationOptions _options = options ?? SimulationOptions.Default;

    public string Name => EngineName;

    public async Task<SimulationResult> RunAsync(ParkModel park, IProgress<RunProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(park);

        var scenario = grains.GetGrain<IScenarioGrain>(GrainKeys.Scenario(park.Park, park.Scenario));
        var request = new RunRequest(ParkMapping.ToDefinition(park), null, _options.Tolerance, _options.MaxSweeps);
        var start = await scenario.Start(request);
        if (!start.Started)
        {
            throw new GrainRunException(
                $"scenario '{start.Status.Scenario}' is already running (run {start.Run})", start.Status);
        }

        var status = await FollowAsync(scenario, start, progress, cancellation);
        var result = status.State == RunState.Completed ? await scenario.Result(start.Run) : null;
        return result is null ? throw Failure(status) : ResultMapping.ToSimulationResult(park, result);
    }

    /// <summary>Watches the run until it ends, reporting each sweep the watch sees.</summary>
    private static async Task<ScenarioStatus> FollowAsync(IScenarioGrain scenario, RunStart start,
        IProgress<RunProgress>? progress, CancellationToken cancellation)
    {
        var status = start.Status;
        var reported = 0;
        while (status.State == RunState.Running && status.Run == start.Run)
        {
            if (cancellation.IsCancellationRequested)
            {
                await scenario.Cancel(start.Run);
                cancellation.ThrowIfCancellationRequested();
            }

            status = await scenario.Watch(status.Version, WatchWait);
            if (status.Run == start.Run && status.Sweep > reported)
            {
                reported = status.Sweep;
                progress?.Report(new RunProgress(status.Sweep, status.MaxSweeps, status.Change));
            }
        }

        return status;
    }

    private static Exception Failure(ScenarioStatus status) => status.Failure switch
    {
        { Kind: FailureKind.Convergence } f => new ConvergenceException(f.Sweeps, f.Change, f.Connections),
        { } f => new GrainRunException($"run {status.Run} of '{status.Scenario}' failed: {f.Message}", status),
        null => new GrainRunException(
            $"run {status.Run} of '{status.Scenario}' ended {status.State} without results", status),
    };
}
