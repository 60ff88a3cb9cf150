using Twin.Domain.Carriers;
using Twin.Domain.Model;
using Twin.Domain.Processes;

namespace Twin.Domain.Simulation;

/// <summary>The flow on one connection over the horizon.</summary>
public sealed record EdgeFlow(ConnectionSpec Connection, Carrier Carrier, double[] Flow)
{
    public double Total => Flow.Sum();
}

/// <summary>A node's terms over the horizon, besides its flows.</summary>
public sealed record NodeOutcome(NodeSpec Node, NodeTerms Terms);

/// <summary>What a run produced: every edge's flow and every node's terms, per step.</summary>
public sealed record SimulationResult(
    ParkModel Park,
    IReadOnlyList<EdgeFlow> Edges,
    IReadOnlyList<NodeOutcome> Nodes,
    int Sweeps,
    int Loops);
