using Twin.Domain.Accounting;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Mapping;

namespace Twin.Grains.Nodes;

/// <summary>
/// A node's stored results rebuilt as domain objects, once per activation and run: balance
/// queries are frequent and small, and rebuilding the node and copying its terms on each one
/// would cost more than the sums themselves.
/// </summary>
internal sealed class StoredBalance
{
    private readonly NodeSpec _node;
    private readonly EdgeFlow[] _inward;
    private readonly EdgeFlow[] _outward;
    private readonly NodeTerms _terms;

    private StoredBalance(int run, int steps, NodeSpec node, EdgeFlow[] inward, EdgeFlow[] outward,
        NodeTerms terms)
    {
        Run = run;
        Steps = steps;
        _node = node;
        _inward = inward;
        _outward = outward;
        _terms = terms;
    }

    public int Run { get; }

    public int Steps { get; }

    /// <summary>The balance source of a stored state; null when it holds no completed run.</summary>
    public static StoredBalance? Of(NodeState state)
    {
        if (state.Setup is not { } setup || state.Terms is not { } series)
        {
            return null;
        }

        var steps = setup.Horizon.Steps;
        return new StoredBalance(state.Run, steps, setup.Node.ToModel(),
            setup.Inputs.Select(p => Flow(p, state.InFlows[p.Index])).ToArray(),
            setup.Outputs.Select(p => Flow(p, state.OutFlows[p.Index])).ToArray(),
            series.ToTerms(steps));
    }

    public NodeBalanceReport Report(StepRange range)
    {
        if (range.From < 0 || range.To > Steps || range.From > range.To)
        {
            throw new ArgumentOutOfRangeException(nameof(range),
                $"steps {range.From}..{range.To} outside 0..{Steps}");
        }

        var balance = BalanceSheet.NodeOf(_node, _inward, _outward, _terms, range.From, range.To);
        return balance.ToReport(range);
    }

    private static EdgeFlow Flow(PortDefinition port, double[] flow) =>
        new(port.Connection.ToModel(), port.Carrier.ToModel(), flow);
}
