using Twin.Domain.Model;

namespace Twin.Domain.Analysis;

/// <summary>
/// A waste-heat district-heating network found in a park: the plants that send waste heat into
/// heat pipelines (sources), the pipelines it passes (segments, from the source outwards) and
/// the nodes that take it from them (receivers: heat-exchange stations or outside consumers),
/// each with the fired-heat sources it falls back on.
/// </summary>
public sealed record HeatNetwork(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Segments,
    IReadOnlyList<HeatReceiver> Receivers)
{
    public const string PipelineKind = "heat-pipeline";
    public const string WasteHeat = "waste-heat";

    /// <summary>
    /// The network with one pipeline taken out: what it fed no longer gets waste heat through
    /// it (a branch shut at its valve).
    /// </summary>
    public HeatNetwork Without(string segment) => this with
    {
        Segments = Segments.Where(s => s != segment).ToArray(),
        Receivers = Receivers
            .Select(r => r with { Feeders = r.Feeders.Where(f => f != segment).ToArray() })
            .ToArray(),
    };

    /// <summary>The park's waste-heat network; null when no node sends waste heat into a pipeline.</summary>
    public static HeatNetwork? Find(ParkModel park)
    {
        var kinds = park.Nodes.ToDictionary(n => n.Id, n => n.Kind, StringComparer.Ordinal);
        bool IsPipe(string id) => kinds[id] == PipelineKind;
        var wasteHeat = park.Connections.Where(c => c.Carrier == WasteHeat).ToArray();

        var sources = wasteHeat.Where(c => !IsPipe(c.From) && IsPipe(c.To)).Select(c => c.From)
            .Distinct().ToArray();
        if (sources.Length == 0)
        {
            return null;
        }

        var segments = Downstream(wasteHeat, sources, IsPipe);
        var receivers = wasteHeat.Where(c => segments.Contains(c.From) && !IsPipe(c.To))
            .Select(c => c.To).Distinct()
            .Select(id => Receiver(park, id, segments))
            .ToArray();
        return new HeatNetwork(sources, segments, receivers);
    }

    /// <summary>Pipelines reached from the sources along waste-heat connections, nearest first.</summary>
    private static List<string> Downstream(IReadOnlyList<ConnectionSpec> wasteHeat,
        IEnumerable<string> sources, Func<string, bool> isPipe)
    {
        var found = new List<string>();
        var queue = new Queue<string>(sources);
        while (queue.Count > 0)
        {
            var from = queue.Dequeue();
            var next = wasteHeat.Where(c => c.From == from && isPipe(c.To)).Select(c => c.To);
            foreach (var pipe in next.Where(p => !found.Contains(p)))
            {
                found.Add(pipe);
                queue.Enqueue(pipe);
            }
        }

        return found;
    }

    private static HeatReceiver Receiver(ParkModel park, string id, IReadOnlyList<string> segments)
    {
        var into = park.Connections.Where(c => c.To == id).ToArray();
        var feeders = into.Where(c => c.Carrier == WasteHeat && segments.Contains(c.From))
            .Select(c => c.From).Distinct().ToArray();
        var fallbacks = into.Where(c => c.Carrier is "heat" or "steam")
            .Select(c => c.From).Distinct().ToArray();
        return new HeatReceiver(id, park.Node(id)!.Kind, feeders, fallbacks);
    }
}
