using Twin.Domain.Processes;
using Twin.Domain.Simulation;

namespace Twin.Domain.Analysis;

/// <summary>
/// Per-step sums of one run's flows and terms by node and carrier, for the analyses: what a
/// node received or sent of some carriers, from or to which peers, and its named terms.
/// </summary>
internal sealed class RunFlows(SimulationResult result)
{
    private readonly ILookup<string, EdgeFlow> _into = result.Edges.ToLookup(e => e.Connection.To);
    private readonly ILookup<string, EdgeFlow> _out = result.Edges.ToLookup(e => e.Connection.From);
    private readonly Dictionary<string, NodeTerms> _terms =
        result.Nodes.ToDictionary(n => n.Node.Id, n => n.Terms, StringComparer.Ordinal);

    public SimulationResult Result => result;

    public int Steps => result.Park.Horizon.Steps;

    /// <summary>What a node received of the carriers, from the peers that pass the filter.</summary>
    public double[] Into(string node, Func<string, bool> carrier, Func<string, bool>? from = null) =>
        Sum(_into[node].Where(e => carrier(e.Carrier.Id) && (from?.Invoke(e.Connection.From) ?? true)));

    /// <summary>What a node sent of the carriers, to the peers that pass the filter.</summary>
    public double[] OutOf(string node, Func<string, bool> carrier, Func<string, bool>? to = null) =>
        Sum(_out[node].Where(e => carrier(e.Carrier.Id) && (to?.Invoke(e.Connection.To) ?? true)));

    /// <summary>A node's named detail or shortfall per step; zeros when it never reported it.</summary>
    public double[] Term(string node, string name)
    {
        var terms = _terms[node];
        return terms.Details.TryGetValue(name, out var detail) ? detail
            : terms.Shortfalls.TryGetValue(name, out var shortfall) ? shortfall
            : new double[Steps];
    }

    public static Func<string, bool> Is(params string[] carriers) => carriers.Contains;

    private double[] Sum(IEnumerable<EdgeFlow> edges)
    {
        var total = new double[Steps];
        foreach (var edge in edges)
        {
            Supply.Add(total, edge.Flow);
        }

        return total;
    }
}
