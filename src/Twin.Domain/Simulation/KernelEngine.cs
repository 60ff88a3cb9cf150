using Twin.Domain.Processes;

namespace Twin.Domain.Simulation;

/// <summary>
/// Runs a park in one loop in this process: sweeps over the nodes, alternately from sources
/// to sinks (flows move downstream) and back (requests move upstream), until no edge changes
/// by more than the tolerance. Loops through WWTPs and reclaimed-water plants converge
/// geometrically because each pass returns only a share of the water.
/// </summary>
public sealed class KernelEngine : ISimulationEngine
{
    private readonly SimulationOptions _options;

    public KernelEngine(SimulationOptions? options = null) =>
        _options = options ?? SimulationOptions.Default;

    public string Name => "kernel";

    public Task<SimulationResult> RunAsync(Model.ParkModel park, IProgress<RunProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var network = ParkNetwork.Build(park, Processes.ProcessCatalog.Default);
        return Task.FromResult(Run(network, progress, cancellation));
    }

    public SimulationResult Run(ParkNetwork network, IProgress<RunProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var forward = network.Order;
        var backward = network.Order.Reverse().ToArray();

        for (var sweep = 1; sweep <= _options.MaxSweeps; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();

            var worst = -1;
            var change = 0.0;
            foreach (var index in sweep % 2 == 1 ? backward : forward)
            {
                var node = network.Nodes[index];
                SweepSolver.Gather(network, node);
                SweepSolver.Evaluate(node);
                change = Math.Max(change, SweepSolver.Scatter(network, node, ref worst));
            }

            progress?.Report(new RunProgress(sweep, _options.MaxSweeps, change));
            if (change <= _options.Tolerance && sweep > 1)
            {
                return Collect(network, sweep);
            }

            if (sweep == _options.MaxSweeps)
            {
                throw new ConvergenceException(sweep, change,
                    [network.Edges[worst].Connection.Key]);
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>
    /// Copies the results out. The last sweep changed no edge by more than the tolerance, so
    /// each node's terms match the flows on its edges to within it.
    /// </summary>
    public static SimulationResult Collect(ParkNetwork network, int sweeps)
    {
        var edges = network.Edges
            .Select(e => new EdgeFlow(e.Connection, e.Carrier, (double[])e.Flow.Clone()))
            .ToArray();
        var nodes = network.Nodes
            .Select(n => new NodeOutcome(n.Binding.Node, Snapshot(n.Io.Terms)))
            .ToArray();
        return new SimulationResult(network.Park, edges, nodes, sweeps, network.LoopCount);
    }

    private static NodeTerms Snapshot(NodeTerms terms)
    {
        var copy = new NodeTerms(terms.Steps);
        terms.WaterStockChange.CopyTo(copy.WaterStockChange, 0);
        terms.EnergyStockChange.CopyTo(copy.EnergyStockChange, 0);
        foreach (var (carrier, series) in terms.Transformed)
        {
            series.CopyTo(copy.TransformedOf(carrier), 0);
        }

        foreach (var (name, series) in terms.Shortfalls)
        {
            series.CopyTo(copy.ShortfallOf(name), 0);
        }

        foreach (var (name, series) in terms.Details)
        {
            series.CopyTo(copy.DetailOf(name), 0);
        }

        return copy;
    }
}
