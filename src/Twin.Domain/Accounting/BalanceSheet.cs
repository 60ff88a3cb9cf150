using Twin.Domain.Carriers;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;

namespace Twin.Domain.Accounting;

/// <summary>
/// Balances of water (t), energy (GJ) and each tracked material or pollutant (t), per node
/// and for the park, from a run's flows and node terms. The park balance counts what crosses
/// boundary nodes: what they send into the park is its input, what they receive its output.
/// </summary>
public sealed class BalanceSheet
{
    public const string Water = "water";
    public const string Energy = "energy";

    private readonly SimulationResult _result;
    private readonly ILookup<string, EdgeFlow> _into;
    private readonly ILookup<string, EdgeFlow> _outOf;
    private readonly HashSet<string> _boundaries;

    public BalanceSheet(SimulationResult result)
    {
        _result = result;
        _into = result.Edges.ToLookup(e => e.Connection.To);
        _outOf = result.Edges.ToLookup(e => e.Connection.From);
        _boundaries = result.Nodes.Where(n => n.Node.Kind == ProcessCatalog.BoundaryKind)
            .Select(n => n.Node.Id).ToHashSet(StringComparer.Ordinal);
    }

    public int Steps => _result.Park.Horizon.Steps;

    /// <summary>Every node's balance over steps [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<NodeBalance> Nodes(int from = 0, int? to = null) =>
        _result.Nodes.Select(n => Node(n, from, to ?? Steps)).ToArray();

    public NodeBalance Node(string id, int from = 0, int? to = null) =>
        Node(_result.Nodes.Single(n => n.Node.Id == id), from, to ?? Steps);

    /// <summary>The park as a whole: what crosses its boundary nodes.</summary>
    public IReadOnlyList<QuantityBalance> Park(int from = 0, int? to = null)
    {
        var end = to ?? Steps;
        var inward = _result.Edges.Where(e => _boundaries.Contains(e.Connection.From)
            && !_boundaries.Contains(e.Connection.To)).ToArray();
        var outward = _result.Edges.Where(e => !_boundaries.Contains(e.Connection.From)
            && _boundaries.Contains(e.Connection.To)).ToArray();
        var inside = _result.Nodes.Where(n => !_boundaries.Contains(n.Node.Id)).ToArray();
        return Quantities(inward, outward, inside.Select(n => n.Terms).ToArray(), from, end);
    }

    /// <summary>
    /// The largest relative residual of water and energy over every non-boundary node and step:
    /// |in - out - stock change| / max(in, out), with the step at which it occurs.
    /// </summary>
    public (double Residual, string Node, string Quantity, int Step) WorstStep()
    {
        var worst = (0.0, "", "", -1);
        foreach (var outcome in _result.Nodes.Where(n => !_boundaries.Contains(n.Node.Id)))
        {
            var id = outcome.Node.Id;
            foreach (var (quantity, factor, stock) in new (string, Func<Carrier, double>, double[])[]
            {
                (Water, c => c.WaterPerUnit, outcome.Terms.WaterStockChange),
                (Energy, c => c.EnergyPerUnit, outcome.Terms.EnergyStockChange),
            })
            {
                var inward = PerStep(_into[id], factor);
                var outward = PerStep(_outOf[id], factor);
                for (var step = 0; step < Steps; step++)
                {
                    var scale = Math.Max(inward[step], outward[step]);
                    var residual = Math.Abs(inward[step] - outward[step] - stock[step]);
                    var relative = scale > 0 ? residual / scale : residual;
                    if (relative > worst.Item1)
                    {
                        worst = (relative, id, quantity, step);
                    }
                }
            }
        }

        return worst;
    }

    private double[] PerStep(IEnumerable<EdgeFlow> edges, Func<Carrier, double> factor)
    {
        var total = new double[Steps];
        foreach (var edge in edges)
        {
            var perUnit = factor(edge.Carrier);
            if (perUnit == 0)
            {
                continue;
            }

            for (var step = 0; step < total.Length; step++)
            {
                total[step] += edge.Flow[step] * perUnit;
            }
        }

        return total;
    }

    private NodeBalance Node(NodeOutcome outcome, int from, int to) =>
        NodeOf(outcome.Node, _into[outcome.Node.Id], _outOf[outcome.Node.Id], outcome.Terms, from, to);

    /// <summary>
    /// One node's balance over steps [<paramref name="from"/>, <paramref name="to"/>) from its own
    /// edges and terms, for callers that hold one node's flows only (a node grain).
    /// </summary>
    public static NodeBalance NodeOf(NodeSpec node, IEnumerable<EdgeFlow> inward, IEnumerable<EdgeFlow> outward,
        NodeTerms terms, int from, int to)
    {
        var quantities = Quantities(inward, outward, [terms], from, to);
        var shortfalls = terms.Shortfalls.ToDictionary(s => s.Key, s => Sum(s.Value, from, to));
        var details = terms.Details.ToDictionary(s => s.Key, s => Sum(s.Value, from, to));
        return new NodeBalance(node.Id, node.Kind, node.Name, quantities, shortfalls, details);
    }

    private static IReadOnlyList<QuantityBalance> Quantities(IEnumerable<EdgeFlow> inward,
        IEnumerable<EdgeFlow> outward, IReadOnlyList<NodeTerms> terms, int from, int to)
    {
        var ins = inward.ToArray();
        var outs = outward.ToArray();
        var list = new List<QuantityBalance>
        {
            new(Water, "t", Sum(ins, c => c.WaterPerUnit, from, to), Sum(outs, c => c.WaterPerUnit, from, to),
                terms.Sum(t => Sum(t.WaterStockChange, from, to)), 0),
            new(Energy, "GJ", Sum(ins, c => c.EnergyPerUnit, from, to), Sum(outs, c => c.EnergyPerUnit, from, to),
                terms.Sum(t => Sum(t.EnergyStockChange, from, to)), 0),
        };

        var tracked = ins.Concat(outs).Select(e => e.Carrier)
            .Where(c => c.Kind is CarrierKind.Material or CarrierKind.Emission)
            .Select(c => c.Id)
            .Concat(terms.SelectMany(t => t.Transformed.Keys))
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var carrier in tracked)
        {
            list.Add(new(carrier, "t",
                Sum(ins.Where(e => e.Carrier.Id == carrier), _ => 1, from, to),
                Sum(outs.Where(e => e.Carrier.Id == carrier), _ => 1, from, to),
                0,
                terms.Sum(t => t.Transformed.TryGetValue(carrier, out var s) ? Sum(s, from, to) : 0)));
        }

        return list;
    }

    private static double Sum(IEnumerable<EdgeFlow> edges, Func<Carrier, double> factor, int from, int to) =>
        edges.Sum(e => factor(e.Carrier) == 0 ? 0 : Sum(e.Flow, from, to) * factor(e.Carrier));

    public static double Sum(double[] series, int from, int to)
    {
        var total = 0.0;
        for (var i = from; i < to && i < series.Length; i++)
        {
            total += series[i];
        }

        return total;
    }
}
