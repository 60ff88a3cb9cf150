using Microsoft.Extensions.Logging;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Mapping;

namespace Twin.Grains.Scenarios;

/// <summary>
/// Runs one scenario through its node grains exactly as <see cref="KernelEngine"/> runs it in
/// one loop: the same network, the same order (backward on odd sweeps, forward on even), the
/// same copy onto the edges and the same convergence test. Each node is evaluated by its grain,
/// one call per node per sweep; only preparing and completing the nodes fan out, since their
/// order does not matter.
/// </summary>
internal sealed class SweepRunner
{
    private readonly string _scenario;
    private readonly int _run;
    private readonly ParkNetwork _network;
    private readonly INodeGrain[] _nodes;
    private readonly SimulationOptions _options;
    private readonly ILogger _logger;

    public SweepRunner(string scenario, int run, ParkNetwork network, IGrainFactory grains,
        SimulationOptions options, ILogger logger)
    {
        _scenario = scenario;
        _run = run;
        _network = network;
        _options = options;
        _logger = logger;
        _nodes = network.Nodes
            .Select(n => grains.GetGrain<INodeGrain>(GrainKeys.Node(scenario, n.Id)))
            .ToArray();
    }

    /// <summary>Binds every node's process in its grain.</summary>
    public Task PrepareAsync() =>
        FanOut.RunAsync(_nodes.Length, async index =>
        {
            await _nodes[index].Prepare(Setup(_network.Nodes[index]));
            return true;
        });

    /// <summary>
    /// Sweeps until converged and returns the number of sweeps; throws
    /// <see cref="ConvergenceException"/> when the last allowed sweep still changes too much.
    /// </summary>
    public async Task<int> SweepAsync(Action<RunProgress> progress, CancellationToken cancellation)
    {
        var forward = _network.Order;
        var backward = _network.Order.Reverse().ToArray();

        for (var sweep = 1; sweep <= _options.MaxSweeps; sweep++)
        {
            var worst = -1;
            var change = 0.0;
            foreach (var index in sweep % 2 == 1 ? backward : forward)
            {
                cancellation.ThrowIfCancellationRequested();
                var node = _network.Nodes[index];
                var outputs = await _nodes[index].Evaluate(Inputs(node, sweep));
                var moved = SweepSolver.Scatter(_network, node, outputs.OutFlows, outputs.InRequests,
                    ref worst);
                change = Math.Max(change, moved);
            }

            ScenarioLog.Swept(_logger, _scenario, _run, sweep, change);
            progress(new RunProgress(sweep, _options.MaxSweeps, change));
            if (change <= _options.Tolerance && sweep > 1)
            {
                return sweep;
            }

            if (sweep == _options.MaxSweeps)
            {
                throw new ConvergenceException(sweep, change, [_network.Edges[worst].Connection.Key]);
            }
        }

        throw new InvalidOperationException("unreachable: the loop returns or throws on its last sweep");
    }

    /// <summary>
    /// Hands each node its converged flows to store, takes back its terms, and collects the run
    /// the way the kernel does, so both engines return results of the same shape.
    /// </summary>
    public async Task<(SimulationResult Result, NodeTermsSeries[] Terms)> CompleteAsync(int sweeps)
    {
        var terms = await FanOut.RunAsync(_nodes.Length,
            index => _nodes[index].Complete(Completion(_network.Nodes[index], sweeps)));

        for (var index = 0; index < terms.Length; index++)
        {
            terms[index].CopyInto(_network.Nodes[index].Io.Terms);
        }

        return (KernelEngine.Collect(_network, sweeps), terms);
    }

    private NodeSetup Setup(NetworkNode node)
    {
        var binding = node.Binding;
        return new NodeSetup(_scenario, _run, binding.Node.ToDefinition(),
            binding.Inputs.Select(p => p.ToDefinition()).ToArray(),
            binding.Outputs.Select(p => p.ToDefinition()).ToArray(),
            ParkMapping.ToDefinition(binding.Horizon), binding.Profile, binding.ReferenceTemperature);
    }

    /// <summary>
    /// The node's inward series are the edges' own arrays, not copies: the call completes
    /// before this runner writes to any edge again.
    /// </summary>
    private NodeInputs Inputs(NetworkNode node, int sweep) => new(
        _run,
        sweep,
        node.InEdges.Select(e => _network.Edges[e].Flow).ToArray(),
        node.OutEdges.Select(e => _network.Edges[e].Request).ToArray());

    private NodeCompletion Completion(NetworkNode node, int sweeps) => new(
        _run,
        sweeps,
        node.InEdges.Select(e => _network.Edges[e].Flow).ToArray(),
        node.OutEdges.Select(e => _network.Edges[e].Flow).ToArray());
}
