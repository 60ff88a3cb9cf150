using QuikGraph;
using QuikGraph.Algorithms;
using Twin.Domain.Model;

namespace Twin.Domain.Graph;

/// <summary>
/// The park's nodes and connections as a QuikGraph graph: loops are its strongly connected
/// components, and the evaluation order follows their condensation.
/// </summary>
public sealed class ParkGraph
{
    private readonly BidirectionalGraph<string, TaggedEdge<string, ConnectionSpec>> _graph = new();

    public ParkGraph(IEnumerable<string> nodes, IEnumerable<ConnectionSpec> connections)
    {
        _graph.AddVertexRange(nodes);
        foreach (var connection in connections)
        {
            if (_graph.ContainsVertex(connection.From) && _graph.ContainsVertex(connection.To))
            {
                _graph.AddEdge(new TaggedEdge<string, ConnectionSpec>(
                    connection.From, connection.To, connection));
            }
        }
    }

    public ParkGraph(ParkModel park)
        : this(park.Nodes.Select(n => n.Id), park.Connections)
    {
    }

    /// <summary>
    /// The graph that decides evaluation order and loops. A boundary node passes nothing on
    /// from what it receives, except the heat of return water, so connections into a boundary
    /// are left out unless they carry heat: otherwise the grid, taking the plants' power and
    /// feeding the users, would join the whole park into one false loop.
    /// </summary>
    public static ParkGraph ForEvaluation(ParkModel park)
    {
        var boundaries = park.Nodes.Where(n => n.Kind == Processes.ProcessCatalog.BoundaryKind)
            .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var connections = park.Connections.Where(c => !boundaries.Contains(c.To)
            || park.Carriers.TryGet(c.Carrier, out var carrier) && carrier.Kind == Carriers.CarrierKind.Heat
                && carrier.Id != "heat-loss");
        return new ParkGraph(park.Nodes.Select(n => n.Id), connections);
    }

    public IBidirectionalGraph<string, TaggedEdge<string, ConnectionSpec>> Graph => _graph;

    /// <summary>Groups of two or more nodes that feed each other, each sorted by id.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Loops()
    {
        var components = new Dictionary<string, int>(StringComparer.Ordinal);
        _graph.StronglyConnectedComponents(components);
        return components
            .GroupBy(pair => pair.Value, pair => pair.Key)
            .Where(group => group.Count() > 1)
            .Select(group => (IReadOnlyList<string>)group.Order(StringComparer.Ordinal).ToArray())
            .OrderBy(group => group[0], StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Nodes from sources to sinks: the loops' condensation in topological order, the nodes
    /// of one loop by id. Evaluating in this order moves flows downstream in one sweep.
    /// </summary>
    public IReadOnlyList<string> EvaluationOrder()
    {
        var condensed = _graph.CondensateStronglyConnected<
            string, TaggedEdge<string, ConnectionSpec>,
            BidirectionalGraph<string, TaggedEdge<string, ConnectionSpec>>>();
        return condensed.TopologicalSort()
            .SelectMany(component => component.Vertices.Order(StringComparer.Ordinal))
            .ToArray();
    }

    /// <summary>Nodes reached from <paramref name="start"/> along or against connections.</summary>
    public IReadOnlySet<string> Reachable(string start, bool downstream)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            var next = downstream
                ? _graph.OutEdges(node).Select(e => e.Target)
                : _graph.InEdges(node).Select(e => e.Source);
            foreach (var neighbour in next.Where(seen.Add))
            {
                queue.Enqueue(neighbour);
            }
        }

        return seen;
    }
}
