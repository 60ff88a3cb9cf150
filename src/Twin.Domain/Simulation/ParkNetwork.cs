using Twin.Domain.Graph;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Units;

namespace Twin.Domain.Simulation;

/// <summary>
/// A validated park bound for simulation: one bound process per node, one edge per
/// connection, and the evaluation order. Both engines run on it.
/// </summary>
public sealed class ParkNetwork
{
    private ParkNetwork(ParkModel park, IReadOnlyList<NetworkNode> nodes,
        IReadOnlyList<NetworkEdge> edges, IReadOnlyList<int> order, int loops)
    {
        Park = park;
        Nodes = nodes;
        Edges = edges;
        Order = order;
        LoopCount = loops;
    }

    public ParkModel Park { get; }

    public IReadOnlyList<NetworkNode> Nodes { get; }

    public IReadOnlyList<NetworkEdge> Edges { get; }

    /// <summary>Node indices from sources to sinks (see <see cref="ParkGraph.EvaluationOrder"/>).</summary>
    public IReadOnlyList<int> Order { get; }

    public int LoopCount { get; }

    /// <summary>Binds a park that validation has accepted.</summary>
    public static ParkNetwork Build(ParkModel park, ProcessCatalog catalog)
    {
        var index = park.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var inputs = park.Nodes.Select(_ => new List<(int Edge, Port Port)>()).ToArray();
        var outputs = park.Nodes.Select(_ => new List<(int Edge, Port Port)>()).ToArray();
        var steps = park.Horizon.Steps;

        var edges = new List<NetworkEdge>();
        foreach (var connection in park.Connections)
        {
            var carrier = park.Carriers[connection.Carrier];
            var from = index[connection.From];
            var to = index[connection.To];
            var priority = connection.Priority ?? carrier.CascadeRank;
            var toKind = park.Nodes[to].Kind;
            var fromKind = park.Nodes[from].Kind;
            var outPort = new Port(outputs[from].Count, connection, carrier, connection.To,
                toKind, toKind == ProcessCatalog.BoundaryKind, priority);
            var inPort = new Port(inputs[to].Count, connection, carrier, connection.From,
                fromKind, fromKind == ProcessCatalog.BoundaryKind, priority);
            outputs[from].Add((edges.Count, outPort));
            inputs[to].Add((edges.Count, inPort));
            edges.Add(new NetworkEdge(edges.Count, connection, carrier, steps,
                from, outPort.Index, to, inPort.Index));
        }

        var nodes = new List<NetworkNode>();
        for (var i = 0; i < park.Nodes.Count; i++)
        {
            var spec = park.Nodes[i];
            var model = catalog.Get(spec.Kind);
            var binding = new NodeBinding(spec, Values(spec, model),
                inputs[i].Select(p => p.Port).ToArray(), outputs[i].Select(p => p.Port).ToArray(),
                park.Horizon, Profile(park, spec), park.ReferenceTemperature);
            nodes.Add(new NetworkNode(i, binding, model, model.Bind(binding),
                inputs[i].Select(p => p.Edge).ToArray(), outputs[i].Select(p => p.Edge).ToArray()));
        }

        var graph = ParkGraph.ForEvaluation(park);
        var order = graph.EvaluationOrder().Select(id => index[id]).ToArray();
        return new ParkNetwork(park, nodes, edges, order, graph.Loops().Count);
    }

    /// <summary>The node's parameter values in base units, defaults filled in.</summary>
    public static IReadOnlyDictionary<string, double> Values(NodeSpec node, IProcessModel model)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var spec in model.Parameters)
        {
            if (node.Parameters.TryGetValue(spec.Name, out var parameter))
            {
                values[spec.Name] = parameter.Value.Value;
            }
            else if (spec.Default is not null)
            {
                values[spec.Name] = QuantityParser.Parse(spec.Default).Value;
            }
        }

        return values;
    }

    private static double[] Profile(ParkModel park, NodeSpec node)
    {
        var profile = node.Profile is not null && park.Profiles.TryGetValue(node.Profile, out var p)
            ? p
            : ProfileSpec.Flat;
        return profile.Multipliers(park.Horizon);
    }
}
