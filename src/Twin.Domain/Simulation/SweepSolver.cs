namespace Twin.Domain.Simulation;

/// <summary>
/// Moves values between nodes and edges and measures convergence. Shared by the kernel and
/// the grain engine so that both iterate the same way and agree to rounding.
/// </summary>
public static class SweepSolver
{
    /// <summary>Copies what arrives at a node from its edges into its series.</summary>
    public static void Gather(ParkNetwork network, NetworkNode node)
    {
        for (var port = 0; port < node.InEdges.Count; port++)
        {
            network.Edges[node.InEdges[port]].Flow.CopyTo(node.Io.InFlows[port], 0);
        }

        for (var port = 0; port < node.OutEdges.Count; port++)
        {
            network.Edges[node.OutEdges[port]].Request.CopyTo(node.Io.OutRequests[port], 0);
        }
    }

    /// <summary>Evaluates a node's process on fresh outward series.</summary>
    public static void Evaluate(NetworkNode node)
    {
        node.Io.Reset();
        node.Process.Evaluate(node.Io);
    }

    /// <summary>
    /// Writes what a node sent and asked onto its edges; returns the largest relative change
    /// it made to any edge and, through <paramref name="worst"/>, that edge's index.
    /// </summary>
    public static double Scatter(ParkNetwork network, NetworkNode node, ref int worst) =>
        Scatter(network, node, node.Io.OutFlows, node.Io.InRequests, ref worst);

    /// <summary>
    /// Writes a node's outward series, evaluated elsewhere (in a node grain), onto its edges:
    /// the same copy and the same change measure as for a node evaluated in this process.
    /// </summary>
    public static double Scatter(ParkNetwork network, NetworkNode node, double[][] outFlows,
        double[][] inRequests, ref int worst)
    {
        var largest = 0.0;
        for (var port = 0; port < node.OutEdges.Count; port++)
        {
            var edge = node.OutEdges[port];
            var change = Copy(outFlows[port], network.Edges[edge].Flow);
            if (change > largest)
            {
                largest = change;
                worst = edge;
            }
        }

        for (var port = 0; port < node.InEdges.Count; port++)
        {
            var edge = node.InEdges[port];
            var change = Copy(inRequests[port], network.Edges[edge].Request);
            if (change > largest)
            {
                largest = change;
                worst = edge;
            }
        }

        return largest;
    }

    /// <summary>
    /// Absolute change, in the carrier's unit per step, below which a series counts as not
    /// moving: the rounding residue left on an edge that should be zero (about 1e-12) must not
    /// keep a converged run sweeping. A node balance moves by far less than 1e-9 of any real
    /// throughput when its edges move by this much.
    /// </summary>
    public const double RoundingFloor = 1e-10;

    /// <summary>Copies source into target; the largest change relative to the series' scale.</summary>
    public static double Copy(double[] source, double[] target)
    {
        var scale = 1e-9;
        var change = 0.0;
        for (var i = 0; i < source.Length; i++)
        {
            scale = Math.Max(scale, Math.Abs(source[i]));
            change = Math.Max(change, Math.Abs(source[i] - target[i]));
            target[i] = source[i];
        }

        return change <= RoundingFloor ? 0 : change / scale;
    }
}
