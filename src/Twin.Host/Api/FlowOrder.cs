namespace Twin.Host.Api;

/// <summary>
/// Orders the nodes of a flow graph so that as little flow as possible runs backwards: the
/// greedy heuristic of Eades, Lin and Smyth (1993) for a minimum feedback arc set, weighted by
/// flow. Sinks go to the end, sources to the front, and otherwise the node that sends most
/// more than it receives goes next. The links that still run backwards close the loops.
/// </summary>
internal static class FlowOrder
{
    public static IReadOnlyDictionary<string, int> Rank(IReadOnlyList<(string From, string To, double Value)> links)
    {
        var nodes = links.SelectMany(l => new[] { l.From, l.To }).Distinct(StringComparer.Ordinal).ToList();
        var left = nodes.ToHashSet(StringComparer.Ordinal);
        var front = new List<string>();
        var back = new List<string>();

        while (left.Count > 0)
        {
            var live = links.Where(l => l.From != l.To && left.Contains(l.From) && left.Contains(l.To)).ToArray();
            var sink = nodes.FirstOrDefault(n => left.Contains(n) && live.All(l => l.From != n));
            if (sink is not null)
            {
                back.Insert(0, sink);
                left.Remove(sink);
                continue;
            }

            var source = nodes.FirstOrDefault(n => left.Contains(n) && live.All(l => l.To != n));
            var next = source ?? nodes.Where(left.Contains)
                .OrderByDescending(n => live.Where(l => l.From == n).Sum(l => l.Value)
                    - live.Where(l => l.To == n).Sum(l => l.Value))
                .First();
            front.Add(next);
            left.Remove(next);
        }

        return front.Concat(back).Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
    }
}
