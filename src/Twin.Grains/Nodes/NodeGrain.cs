using Microsoft.Extensions.Logging;
using Orleans.Placement;
using Twin.Domain.Accounting;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Mapping;

namespace Twin.Grains.Nodes;

/// <summary>
/// One node of one scenario. During a run it holds its bound process and evaluates it on whole
/// series; at the end it stores its flows and terms once, and answers balance queries from them.
/// Placed with its caller: a scenario's sweep is a chain of calls, one node after the other, so
/// keeping the nodes beside their scenario saves serializing whole series on every call, while
/// different scenarios still spread over the silos.
/// </summary>
[PreferLocalPlacement]
public sealed class NodeGrain(
    [PersistentState(TwinStorage.NodeState, TwinStorage.Name)] IPersistentState<NodeState> stored,
    ILogger<NodeGrain> logger) : Grain, INodeGrain
{
    private BoundNode? _bound;
    private StoredBalance? _balance;

    private string Key => this.GetPrimaryKeyString();

    public Task Prepare(NodeSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);

        _bound = BoundNode.Bind(setup);
        NodeLog.Prepared(logger, setup.Scenario, setup.Node.Id, setup.Run, setup.Inputs.Length,
            setup.Outputs.Length, setup.Horizon.Steps);
        return Task.CompletedTask;
    }

    public Task<NodeOutputs> Evaluate(NodeInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var bound = Require(inputs.Run);
        bound.Evaluate(inputs);
        NodeLog.Evaluated(logger, bound.Setup.Scenario, bound.Setup.Node.Id, inputs.Sweep, inputs.Run);

        // The outward series go out without a copy: the scenario copies them onto its edges
        // before it calls this node again, and only that next call overwrites them.
        return Task.FromResult(new NodeOutputs(bound.Io.OutFlows, bound.Io.InRequests));
    }

    public async Task<NodeTermsSeries> Complete(NodeCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);

        var bound = Require(completion.Run);
        var terms = bound.Io.Terms.ToSeries();
        stored.State = new NodeState
        {
            Run = completion.Run,
            Setup = bound.Setup,
            InFlows = completion.InFlows,
            OutFlows = completion.OutFlows,
            Terms = terms,
        };
        await stored.WriteStateAsync();
        _balance = null;

        // The run is over: a stray evaluation of it must fail rather than reuse these series.
        _bound = null;
        NodeLog.Stored(logger, bound.Setup.Scenario, bound.Setup.Node.Id, completion.Run, completion.Sweeps);
        return terms;
    }

    public Task<NodeBalanceReport?> Balance(int run, StepRange range)
    {
        ArgumentNullException.ThrowIfNull(range);

        return Task.FromResult(Stored(run)?.Report(range));
    }

    public Task<NodeBalanceReport[]?> Balances(int run, StepRange[] periods)
    {
        ArgumentNullException.ThrowIfNull(periods);

        return Task.FromResult(Stored(run) is { } balance ? periods.Select(balance.Report).ToArray() : null);
    }

    public async Task Clear()
    {
        _bound = null;
        _balance = null;
        await stored.ClearStateAsync();

        var (scenario, node) = GrainKeys.SplitNode(Key);
        NodeLog.Cleared(logger, scenario, node);
        DeactivateOnIdle();
    }

    /// <summary>The stored results of run <paramref name="run"/>, rebuilt on first use; null without them.</summary>
    private StoredBalance? Stored(int run)
    {
        if (stored.State.Run != run)
        {
            return null;
        }

        if (_balance is not { } balance || balance.Run != run)
        {
            balance = StoredBalance.Of(stored.State);
            _balance = balance;
        }

        return balance;
    }

    private BoundNode Require(int run)
    {
        if (_bound is { } bound && bound.Setup.Run == run)
        {
            return bound;
        }

        var (scenario, node) = GrainKeys.SplitNode(Key);
        NodeLog.NotPrepared(logger, scenario, node, run, _bound?.Setup.Run ?? 0);
        throw new NodeNotPreparedException($"node grain '{Key}' is not prepared for run {run}");
    }
}
