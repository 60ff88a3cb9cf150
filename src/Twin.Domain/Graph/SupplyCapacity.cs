using QuikGraph;
using QuikGraph.Algorithms.MaximumFlow;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;

namespace Twin.Domain.Graph;

/// <summary>
/// The most a supply path can carry from one node to another given plant and pipe capacities:
/// a maximum flow (QuikGraph's Edmonds-Karp) over the connections of the chosen carriers, each
/// node split in two with its throughput as the capacity between the halves. The nodes whose
/// capacity is saturated on the minimum cut are the binding constraints.
/// </summary>
/// <remarks>
/// Capacities are compared as given, in each node's output unit: recovery losses inside a
/// plant (a reclaimed-water plant sends on 62.5 % of what it takes) are not applied along the
/// path, so the answer is an upper bound when such a plant is not the binding one.
/// </remarks>
public static class SupplyCapacity
{
    public static SupplyCapacityResult Compute(ParkModel park, ProcessCatalog catalog, string from, string to,
        IReadOnlySet<string> carriers)
    {
        // "No limit" is four times all limits together: large enough never to bind, small
        // enough that subtracting a real capacity from it keeps that capacity's digits.
        var throughputs = park.Nodes.ToDictionary(n => n.Id, n => Throughput(catalog, n));
        var unlimited = 4 * throughputs.Values.Sum(t => t ?? 0) + 1;

        var graph = new AdjacencyGraph<string, TaggedEdge<string, double>>();
        var split = new Dictionary<TaggedEdge<string, double>, string>();
        foreach (var node in park.Nodes)
        {
            var throughput = throughputs[node.Id];
            var edge = new TaggedEdge<string, double>(In(node.Id), Out(node.Id), throughput ?? unlimited);
            graph.AddVerticesAndEdge(edge);
            if (throughput is not null)
            {
                split[edge] = node.Id;
            }
        }

        foreach (var connection in park.Connections.Where(c => carriers.Contains(c.Carrier)))
        {
            graph.AddEdge(new TaggedEdge<string, double>(Out(connection.From), In(connection.To), unlimited));
        }

        EdgeFactory<string, TaggedEdge<string, double>> reverse = (s, t) => new TaggedEdge<string, double>(s, t, 0);
        var augmentor = new ReversedEdgeAugmentorAlgorithm<string, TaggedEdge<string, double>>(graph, reverse);
        augmentor.AddReversedEdges();
        var algorithm = new EdmondsKarpMaximumFlowAlgorithm<string, TaggedEdge<string, double>>(
            graph, e => e.Tag, reverse, augmentor);
        algorithm.Compute(Out(from), In(to));

        var reached = ResidualReach(graph, algorithm, Out(from));
        var binding = split
            .Where(pair => pair.Value != from && pair.Value != to)
            .Where(pair => reached.Contains(pair.Key.Source) && !reached.Contains(pair.Key.Target))
            .Select(pair => pair.Value)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var maximum = algorithm.MaxFlow;
        augmentor.RemoveReversedEdges();
        return new SupplyCapacityResult(from, to, maximum >= unlimited / 2 ? null : maximum, binding);
    }

    private static double? Throughput(ProcessCatalog catalog, NodeSpec node)
    {
        if (!catalog.TryGet(node.Kind, out var model))
        {
            return null;
        }

        return model.Throughput(ParkNetwork.Values(node, model));
    }

    /// <summary>
    /// Vertices reachable from the source through edges with capacity left: an edge from inside
    /// this set to outside it lies on the minimum cut.
    /// </summary>
    private static HashSet<string> ResidualReach(AdjacencyGraph<string, TaggedEdge<string, double>> graph,
        EdmondsKarpMaximumFlowAlgorithm<string, TaggedEdge<string, double>> algorithm, string source)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { source };
        var queue = new Queue<string>([source]);
        while (queue.Count > 0)
        {
            foreach (var next in graph.OutEdges(queue.Dequeue()))
            {
                if (algorithm.ResidualCapacities[next] > 1e-9 && reached.Add(next.Target))
                {
                    queue.Enqueue(next.Target);
                }
            }
        }

        return reached;
    }

    private static string In(string node) => node + "|in";

    private static string Out(string node) => node + "|out";
}
