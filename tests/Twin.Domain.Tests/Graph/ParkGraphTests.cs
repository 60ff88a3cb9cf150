using Twin.Domain.Graph;
using Twin.Domain.Model;

namespace Twin.Domain.Tests.Graph;

/// <summary>
/// Loops as strongly connected components and the evaluation order along their condensation.
/// The park below has the water loop of the design, factory -> wwtp -> reclaim -> factory,
/// with reclaim -> wwtp closing a second cycle inside it, and a separate heat loop
/// chp -> hes -> chp; works feeds the factory and sea drains the wwtp.
/// </summary>
public sealed class ParkGraphTests
{
    private static readonly string[] Nodes =
        ["reservoir", "works", "factory", "wwtp", "reclaim", "sea", "market", "chp", "hes", "city"];

    private static readonly ConnectionSpec[] Connections =
    [
        Link("reservoir", "works"), Link("works", "factory"), Link("factory", "wwtp"),
        Link("wwtp", "reclaim"), Link("reclaim", "factory"), Link("reclaim", "wwtp"),
        Link("wwtp", "sea"), Link("market", "chp"), Link("chp", "hes"), Link("hes", "chp"),
        Link("hes", "city"), Link("chp", "factory"),
    ];

    [Fact]
    public void Loops_WaterAndHeatCycles_AreTwoComponentsSortedById()
    {
        var loops = new ParkGraph(Nodes, Connections).Loops();

        Assert.Equal(2, loops.Count);
        Assert.Equal(["chp", "hes"], loops[0]);
        Assert.Equal(["factory", "reclaim", "wwtp"], loops[1]);
    }

    [Fact]
    public void Loops_Tree_FindsNone()
    {
        var graph = new ParkGraph(["a", "b", "c"], [Link("a", "b"), Link("a", "c")]);

        Assert.Empty(graph.Loops());
    }

    [Fact]
    public void Loops_TwoNodesFeedingEachOther_IsOneLoop()
    {
        // A heat flow and its return are the smallest loop.
        var graph = new ParkGraph(["plant", "city"],
            [Link("plant", "city", "heat"), Link("city", "plant", "heat-return")]);

        var loop = Assert.Single(graph.Loops());
        Assert.Equal(["city", "plant"], loop);
    }

    [Fact]
    public void EvaluationOrder_EveryConnectionBetweenComponents_RunsFromEarlierToLater()
    {
        var graph = new ParkGraph(Nodes, Connections);
        var order = graph.EvaluationOrder();
        var position = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var loopOf = graph.Loops().SelectMany((loop, i) => loop.Select(id => (id, i)))
            .ToDictionary(p => p.id, p => p.i);

        Assert.Equal(Nodes.Order(StringComparer.Ordinal), order.Order(StringComparer.Ordinal));
        foreach (var link in Connections.Where(c => !SameLoop(loopOf, c)))
        {
            Assert.True(position[link.From] < position[link.To],
                $"{link.Key} runs backwards in {string.Join(", ", order)}");
        }
    }

    [Fact]
    public void EvaluationOrder_Loop_KeepsItsNodesTogetherById()
    {
        var order = new ParkGraph(Nodes, Connections).EvaluationOrder().ToList();

        // The condensation puts one loop's nodes next to each other, sorted by id.
        var start = order.IndexOf("factory");
        Assert.Equal(["factory", "reclaim", "wwtp"], order.GetRange(start, 3));
    }

    [Fact]
    public void EvaluationOrder_Chain_IsSourcesToSinks()
    {
        var graph = new ParkGraph(["sea", "wwtp", "factory"],
            [Link("factory", "wwtp"), Link("wwtp", "sea")]);

        Assert.Equal(["factory", "wwtp", "sea"], graph.EvaluationOrder());
    }

    [Fact]
    public void Constructor_ConnectionToUnknownNode_IsLeftOut()
    {
        // Validation reports unknown nodes; the graph must still build so that it can.
        var graph = new ParkGraph(["a", "b"], [Link("a", "b"), Link("a", "ghost")]);

        Assert.Equal(1, graph.Graph.EdgeCount);
    }

    [Fact]
    public void Reachable_DownstreamAndUpstream_FollowConnections()
    {
        var graph = new ParkGraph(Nodes, Connections);

        var fed = graph.Reachable("reservoir", downstream: true);
        var drained = graph.Reachable("sea", downstream: false);

        Assert.Equal(["factory", "reclaim", "reservoir", "sea", "works", "wwtp"],
            fed.Order(StringComparer.Ordinal));
        Assert.Contains("market", drained);
        Assert.DoesNotContain("city", drained);
    }

    private static bool SameLoop(Dictionary<string, int> loopOf, ConnectionSpec link) =>
        loopOf.TryGetValue(link.From, out var from)
        && loopOf.TryGetValue(link.To, out var to)
        && from == to;

    private static ConnectionSpec Link(string from, string to, string carrier = "fresh-water") =>
        new(from, to, carrier, SourceLocation.None);
}
