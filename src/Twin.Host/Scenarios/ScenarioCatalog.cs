using Twin.Grains.Abstractions;
using Twin.Host.Hosting;
using Twin.Topology;

namespace Twin.Host.Scenarios;

/// <summary>
/// The scenarios of every park under the topology folder: each sub-folder holding a park.yaml,
/// and each park file (*.yaml) directly in it. A scenario is named "{park}:{scenario}"; its bare
/// name also finds it while no other park has a scenario of that name. Read once, at start;
/// the scenarios created over HTTP are kept by <see cref="ScenarioDirectory"/>.
/// </summary>
internal sealed class ScenarioCatalog
{
    private readonly IReadOnlyDictionary<string, CatalogEntry> _byId;
    private readonly ILookup<string, CatalogEntry> _byName;

    private ScenarioCatalog(IReadOnlyList<ParkSource> parks, IReadOnlyList<CatalogEntry> entries)
    {
        Parks = parks;
        Entries = entries;
        _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _byName = entries.ToLookup(e => e.Scenario, StringComparer.Ordinal);
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    public IReadOnlyList<ParkSource> Parks { get; }

    public static ScenarioCatalog Load(string folder, ILogger logger)
    {
        if (!Directory.Exists(folder))
        {
            HostLog.NoTopology(logger, folder);
            return new ScenarioCatalog([], []);
        }

        var sources = Directory.GetDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, TopologyLoader.ParkFile)))
            .Concat(Directory.GetFiles(folder, "*.yaml"))
            .Order(StringComparer.Ordinal);
        var entries = new List<CatalogEntry>();
        var parks = new List<ParkSource>();
        foreach (var source in sources)
        {
            var topology = TopologyLoader.Load(source);
            if (topology.Park.Length == 0)
            {
                HostLog.UnreadablePark(logger, source, topology.ReadIssues.Count);
                continue;
            }

            parks.Add(new ParkSource(topology.Park, source, topology));
            entries.AddRange(topology.Scenarios.Select(s =>
                new CatalogEntry(GrainKeys.Scenario(topology.Park, s), topology.Park, s, topology)));
            HostLog.ParkLoaded(logger, topology.Park, source, topology.Scenarios.Count);
        }

        return new ScenarioCatalog(parks, entries);
    }

    /// <summary>The scenario named <paramref name="name"/>: full, or bare when only one park uses it.</summary>
    public CatalogEntry? Find(string name)
    {
        if (_byId.TryGetValue(name, out var entry))
        {
            return entry;
        }

        var named = _byName[name].ToArray();
        return named.Length == 1 ? named[0] : null;
    }

    /// <summary>
    /// The scenario that a run of <paramref name="entry"/> compares its growth indicators with:
    /// the same park's scenario of the earliest year before it, as the command line chooses it.
    /// </summary>
    public CatalogEntry? BaselineOf(CatalogEntry entry)
    {
        if (entry.Model is not { } park)
        {
            return null;
        }

        return Entries
            .Where(e => e.Park == entry.Park && e.Id != entry.Id && e.Model is { } m && m.Year < park.Year)
            .OrderBy(e => e.Model!.Year).ThenBy(e => e.Scenario, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
