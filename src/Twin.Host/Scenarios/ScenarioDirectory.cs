using System.Text.RegularExpressions;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Parks;
using Twin.Grains.Abstractions.Runs;
using Twin.Host.Hosting;

namespace Twin.Host.Scenarios;

/// <summary>
/// Every scenario the host serves: those of the topology files, read once at start, and those
/// created over HTTP, which live in their park's grain so that every host of a cluster serves
/// them. A host rebuilds its copy of a park's created scenarios when their version moved.
/// </summary>
internal sealed partial class ScenarioDirectory(ScenarioCatalog catalog, IGrainFactory grains,
    ILogger<ScenarioDirectory> logger)
{
    /// <summary>The label of the overlay being created in its problems, in place of a file path.</summary>
    public const string OverlayLabel = "overlay";

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Dictionary<string, ParkCreations> _created = new(StringComparer.Ordinal);

    /// <summary>
    /// The scenario named <paramref name="name"/>, full or bare. A scenario of the files is found
    /// without a grain call; the bare name of one of them wins over a created one of another park.
    /// </summary>
    public async ValueTask<CatalogEntry?> FindAsync(string name)
    {
        if (catalog.Find(name) is { } entry)
        {
            return entry;
        }

        var created = (await CreatedAsync()).ToArray();
        return created.FirstOrDefault(e => e.Id == name)
            ?? (created.Count(e => e.Scenario == name) == 1 ? created.Single(e => e.Scenario == name) : null);
    }

    public async Task<IReadOnlyList<CatalogEntry>> ListAsync() =>
        [.. catalog.Entries, .. await CreatedAsync()];

    /// <summary>Validates an overlay against its park as `twin validate` would, and stores it when valid.</summary>
    public async Task<Creation> CreateAsync(string? parkName, string overlay)
    {
        if (ParkOf(parkName) is not { } park)
        {
            return Creation.Refused(CreationOutcome.NoPark, parkName is null
                ? $"name the park with ?park= (served: {string.Join(", ", catalog.Parks.Select(p => p.Park))})"
                : $"no park '{parkName}' (served: {string.Join(", ", catalog.Parks.Select(p => p.Park))})");
        }

        var header = OverlayHeader.Read(overlay);
        if (header.Scenario is { } named && !ScenarioName().IsMatch(named))
        {
            return Creation.Refused(CreationOutcome.Invalid, "the scenario's name is not usable",
                [$"{OverlayLabel}:1: scenario '{named}': a name is letters, digits, '.', '-' or '_'"]);
        }

        if (header.Scenario is { } name && await ExistsAsync(park, name))
        {
            return Creation.Refused(CreationOutcome.Taken, $"park '{park.Park}' has a scenario '{name}' already");
        }

        var stored = await grains.GetGrain<IParkGrain>(park.Park).Created();
        var problems = Validate(park, stored, overlay, header);
        if (problems.Count > 0)
        {
            HostLog.OverlayRejected(logger, park.Park, header.Scenario ?? "?", problems.Count);
            return Creation.Refused(CreationOutcome.Invalid, "the overlay has problems", problems);
        }

        var scenario = new CreatedScenario(header.Scenario!, header.Base ?? "", overlay, DateTimeOffset.UtcNow);
        if (!await grains.GetGrain<IParkGrain>(park.Park).Add(scenario))
        {
            return Creation.Refused(CreationOutcome.Taken,
                $"park '{park.Park}' has a scenario '{scenario.Name}' already");
        }

        var id = GrainKeys.Scenario(park.Park, scenario.Name);
        return Creation.Done((await CreatedAsync()).Single(e => e.Id == id));
    }

    /// <summary>Deletes a created scenario with its results; the scenarios of the files stay.</summary>
    public async Task<Deletion> DeleteAsync(CatalogEntry entry)
    {
        if (!entry.Created)
        {
            return new Deletion(DeletionOutcome.FromFiles, null, []);
        }

        var stored = await grains.GetGrain<IParkGrain>(entry.Park).Created();
        var dependents = stored.Scenarios.Where(s => s.Base == entry.Scenario).Select(s => s.Name).ToArray();
        if (dependents.Length > 0)
        {
            return new Deletion(DeletionOutcome.IsBase, null, dependents);
        }

        var nodes = entry.Model?.Nodes.Select(n => n.Id).ToArray() ?? [];
        var deletion = await grains.GetGrain<IScenarioGrain>(entry.Id).Delete(nodes);
        if (!deletion.Deleted)
        {
            return new Deletion(DeletionOutcome.Running, deletion.Status, []);
        }

        await grains.GetGrain<IParkGrain>(entry.Park).Remove(entry.Scenario);
        HostLog.ScenarioDeleted(logger, entry.Id);
        return new Deletion(DeletionOutcome.Deleted, deletion.Status, []);
    }

    private ParkSource? ParkOf(string? name) => name is null
        ? catalog.Parks.Count == 1 ? catalog.Parks[0] : null
        : catalog.Parks.FirstOrDefault(p => p.Park == name);

    private async Task<bool> ExistsAsync(ParkSource park, string name)
    {
        var id = GrainKeys.Scenario(park.Park, name);
        return name == Twin.Topology.Topology.ParkScenario
            || catalog.Entries.Any(e => e.Id == id)
            || (await CreatedAsync()).Any(e => e.Id == id);
    }

    /// <summary>The overlay's problems, read with the park and the scenarios created before it.</summary>
    private static IReadOnlyList<string> Validate(ParkSource park, CreatedScenarios stored, string overlay,
        OverlayHeader header)
    {
        var overlays = stored.Scenarios.Select(s => (CreatedLabel(s.Name), s.Overlay))
            .Append((OverlayLabel, overlay)).ToArray();
        var staged = OverlayStage.Load(park, overlays);

        var read = staged.Topology.ReadIssues.Select(staged.Relabel)
            .Where(i => i.Location.Path == OverlayLabel).ToArray();
        if (read.Length > 0 || header.Scenario is not { } name)
        {
            return read.Select(i => i.ToString()).DefaultIfEmpty($"{OverlayLabel}:1: scenario: missing 'scenario'")
                .ToArray();
        }

        return staged.Topology.Build(name).Issues.Select(staged.Relabel).Select(i => i.ToString()).ToArray();
    }

    private static string CreatedLabel(string name) => $"created:{name}";

    /// <summary>The created scenarios of every park, rebuilt for the parks whose version moved.</summary>
    private async Task<IEnumerable<CatalogEntry>> CreatedAsync()
    {
        var current = _created;
        var lists = await Task.WhenAll(catalog.Parks.Select(p => grains.GetGrain<IParkGrain>(p.Park).Created()));
        if (catalog.Parks.Select((p, i) => Same(current, p, lists[i])).All(same => same))
        {
            return current.Values.SelectMany(c => c.Entries);
        }

        await _refresh.WaitAsync();
        try
        {
            var next = new Dictionary<string, ParkCreations>(StringComparer.Ordinal);
            for (var index = 0; index < catalog.Parks.Count; index++)
            {
                var park = catalog.Parks[index];
                next[park.Park] = Same(_created, park, lists[index]) && _created.TryGetValue(park.Park, out var built)
                    ? built
                    : Build(park, lists[index]);
            }

            _created = next;
            return next.Values.SelectMany(c => c.Entries);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private static bool Same(Dictionary<string, ParkCreations> known, ParkSource park, CreatedScenarios list) =>
        known.TryGetValue(park.Park, out var built) ? built.Version == list.Version : list.Scenarios.Length == 0;

    private static ParkCreations Build(ParkSource park, CreatedScenarios list)
    {
        if (list.Scenarios.Length == 0)
        {
            return new ParkCreations(list.Version, []);
        }

        var staged = OverlayStage.Load(park, list.Scenarios.Select(s => (CreatedLabel(s.Name), s.Overlay)).ToArray());
        var entries = list.Scenarios.Select(s => new CatalogEntry(GrainKeys.Scenario(park.Park, s.Name), park.Park,
            s.Name, staged.Topology, staged)).ToArray();
        return new ParkCreations(list.Version, entries);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ScenarioName();

    private sealed record ParkCreations(long Version, IReadOnlyList<CatalogEntry> Entries);
}
