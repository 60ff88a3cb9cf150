using Microsoft.Extensions.Logging;
using Twin.Domain.Accounting;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Abstractions.Results;
using Twin.Grains.Abstractions.Runs;
using Twin.Grains.Mapping;

namespace Twin.Grains.Scenarios;

/// <summary>
/// One scenario: runs it through its node grains in the background and keeps the status and the
/// results of its latest run. Requests are served while a run goes on, because the run is not a
/// request: it is a task on this activation that yields at every node call.
/// </summary>
public sealed class ScenarioGrain(
    [PersistentState(TwinStorage.ScenarioState, TwinStorage.Name)] IPersistentState<ScenarioState> stored,
    TimeProvider clock,
    ILogger<ScenarioGrain> logger) : Grain, IScenarioGrain
{
    /// <summary>A watcher waits at most this long, well inside the default 30 s response timeout.</summary>
    private static readonly TimeSpan LongestWatch = TimeSpan.FromSeconds(10);

    /// <summary>Keeps the activation through long runs that nobody polls.</summary>
    private static readonly TimeSpan LongestRun = TimeSpan.FromDays(1);

    private ScenarioStatus _status = ScenarioStatus.NotRun("");
    private ActiveRun? _active;
    private RunResult? _lastResult;
    private TaskCompletionSource _changed = NewSignal();

    private string Scenario => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _status = stored.State.Status ?? ScenarioStatus.NotRun(Scenario);
        if (_status.State != RunState.Running)
        {
            return;
        }

        // A fresh activation runs nothing, so a stored "running" is a run whose silo died.
        var failure = new RunFailure(FailureKind.Interrupted,
            "the silo running this scenario stopped during the run; run it again", _status.Sweep,
            _status.Change, []);
        _status = _status with { State = RunState.Failed, Failure = failure, FinishedAt = clock.GetUtcNow() };
        stored.State = new ScenarioState { Status = _status };
        await stored.WriteStateAsync(cancellationToken);
        ScenarioLog.Interrupted(logger, Scenario, _status.Run);
    }

    public async Task<RunStart> Start(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (_active is { } going)
        {
            ScenarioLog.Refused(logger, Scenario, going.Run);
            return new RunStart(RunStartOutcome.AlreadyRunning, going.Run, _status);
        }

        // Everything that can reject the request happens before the run is marked as going.
        var park = ParkMapping.ToModel(request.Park);
        var network = ParkNetwork.Build(park, ProcessCatalog.Default);
        var options = new SimulationOptions(request.Tolerance, request.MaxSweeps);
        var active = new ActiveRun(_status.Run + 1, network, options, request);
        _active = active;

        var running = new ScenarioStatus(Scenario, RunState.Running, active.Run, 0, options.MaxSweeps, 0,
            clock.GetUtcNow(), null, null, request.Park.Horizon, _status.Version);
        var previous = stored.State;
        try
        {
            stored.State = new ScenarioState { Status = running };
            await stored.WriteStateAsync();
        }
        catch
        {
            stored.State = previous;
            _active = null;
            throw;
        }

        _lastResult = null;
        Publish(running);
        DelayDeactivation(LongestRun);
        ScenarioLog.Started(logger, Scenario, active.Run, park.Nodes.Count, park.Connections.Count,
            park.Horizon.Steps);

        // Not awaited: the run goes on after this request returns, and handles its own failures.
        _ = ExecuteAsync(active);
        return new RunStart(RunStartOutcome.Started, active.Run, _status);
    }

    public Task<ScenarioStatus> Status() => Task.FromResult(_status);

    public async Task<ScenarioStatus> Watch(long seen, TimeSpan wait)
    {
        if (_status.Version > seen)
        {
            return _status;
        }

        var limit = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWatch ? LongestWatch : wait;
        using var timeout = new CancellationTokenSource();
        await Task.WhenAny(_changed.Task, Task.Delay(limit, clock, timeout.Token));
        await timeout.CancelAsync();
        return _status;
    }

    public Task<bool> Cancel(int run)
    {
        if (_active is not { } active || active.Run != run)
        {
            return Task.FromResult(false);
        }

        active.Cancellation.Cancel();
        return Task.FromResult(true);
    }

    public Task<RunTotals?> Totals() => Task.FromResult(Completed ? stored.State.Totals : null);

    public Task<FlowTable?> Flows() => Task.FromResult(Completed ? stored.State.Flows : null);

    public Task<IndicatorTable?> Indicators() => Task.FromResult(Completed ? stored.State.Indicators : null);

    public Task<BalanceTable?> Balances() => Task.FromResult(Completed ? stored.State.Balances : null);

    public Task<RunResult?> Result(int run) =>
        Task.FromResult(_lastResult is { } result && result.Run == run ? result : null);

    public async Task<ScenarioDeletion> Delete(string[] nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);

        if (_active is { } going)
        {
            ScenarioLog.DeleteRefused(logger, Scenario, going.Run);
            return new ScenarioDeletion(false, _status);
        }

        // The nodes of the stored results too: the caller knows the scenario as it is now,
        // and an earlier run may have had other nodes.
        var storedNodes = stored.State.Balances?.Nodes.Select(n => n.Id) ?? [];
        var keys = nodes.Concat(storedNodes).Distinct(StringComparer.Ordinal)
            .Select(n => GrainFactory.GetGrain<INodeGrain>(GrainKeys.Node(Scenario, n)))
            .ToArray();
        await FanOut.RunAsync(keys.Length, async index =>
        {
            await keys[index].Clear();
            return true;
        });

        await stored.ClearStateAsync();
        _lastResult = null;
        Publish(ScenarioStatus.NotRun(Scenario));
        ScenarioLog.Deleted(logger, Scenario, keys.Length);
        DeactivateOnIdle();
        return new ScenarioDeletion(true, _status);
    }

    private bool Completed => _status.State == RunState.Completed;

    private async Task ExecuteAsync(ActiveRun active)
    {
        using var scope = logger.BeginScope("{Scenario} run {Run}", Scenario, active.Run);
        var runner = new SweepRunner(Scenario, active.Run, active.Network, GrainFactory, active.Options, logger);
        try
        {
            await runner.PrepareAsync();
            var sweeps = await runner.SweepAsync(Progress, active.Cancellation.Token);
            var (result, terms) = await runner.CompleteAsync(sweeps);
            await FinishAsync(active, result, terms);
        }
        catch (OperationCanceledException) when (active.Cancellation.IsCancellationRequested)
        {
            ScenarioLog.Cancelled(logger, Scenario, active.Run, _status.Sweep);
            await EndAsync(active, RunState.Cancelled, null);
        }
        catch (ConvergenceException error)
        {
            var failure = new RunFailure(FailureKind.Convergence, error.Message, error.Sweeps, error.Change,
                error.Connections.ToArray());
            ScenarioLog.Failed(logger, Scenario, active.Run, failure.Kind.ToString(), error.Message, null);
            await EndAsync(active, RunState.Failed, failure);
        }
        catch (Exception error)
        {
            var failure = new RunFailure(FailureKind.Error, error.Message, _status.Sweep, _status.Change, []);
            ScenarioLog.Failed(logger, Scenario, active.Run, failure.Kind.ToString(), error.Message, error);
            await EndAsync(active, RunState.Failed, failure);
        }
    }

    private void Progress(RunProgress progress) =>
        Publish(_status with { Sweep = progress.Sweep, Change = progress.Change });

    private async Task FinishAsync(ActiveRun active, SimulationResult result, NodeTermsSeries[] terms)
    {
        var report = RunReport.From(result, Baseline(active.Request));
        var completed = _status with { State = RunState.Completed, FinishedAt = clock.GetUtcNow() };
        stored.State = new ScenarioState
        {
            Status = completed,
            Totals = report.ToTotals(active.Run),
            Flows = report.ToFlows(active.Run),
            Indicators = report.ToIndicators(active.Run),
            Balances = report.ToBalances(active.Run),
        };
        await stored.WriteStateAsync();

        _lastResult = new RunResult(active.Run, result.Sweeps, result.Loops,
            result.Edges.Select(e => e.Flow).ToArray(), terms);
        _active = null;
        Publish(completed);
        DelayDeactivation(TimeSpan.Zero);
        ScenarioLog.Completed(logger, Scenario, active.Run, result.Sweeps);
    }

    /// <summary>
    /// Ends a run that did not complete. Its status is stored first; when even that fails, the
    /// stored status stays "running" and the next activation turns it into a failure.
    /// </summary>
    private async Task EndAsync(ActiveRun active, RunState state, RunFailure? failure)
    {
        var ended = _status with { State = state, Failure = failure, FinishedAt = clock.GetUtcNow() };
        try
        {
            stored.State = new ScenarioState { Status = ended };
            await stored.WriteStateAsync();
        }
        catch (Exception error)
        {
            ScenarioLog.NotStored(logger, Scenario, active.Run, error);
        }

        _active = null;
        Publish(ended);
        DelayDeactivation(TimeSpan.Zero);
    }

    private static Baseline? Baseline(RunRequest request) =>
        request.Baseline is { } b ? new Baseline(b.Year, b.ValueAdded, b.Totals) : null;

    /// <summary>Makes <paramref name="status"/> current and wakes every watcher.</summary>
    private void Publish(ScenarioStatus status)
    {
        _status = status with { Version = _status.Version + 1 };
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The run this activation is executing.</summary>
    private sealed class ActiveRun(int run, ParkNetwork network, SimulationOptions options, RunRequest request)
    {
        public int Run { get; } = run;

        public ParkNetwork Network { get; } = network;

        public SimulationOptions Options { get; } = options;

        public RunRequest Request { get; } = request;

        public CancellationTokenSource Cancellation { get; } = new();
    }
}
