using Twin.Domain.Model;
using Twin.Topology;
using ParkTopology = Twin.Topology.Topology;

namespace Twin.Host.Scenarios;

/// <summary>
/// One scenario the host serves, with the topology it comes from. Its id, "{park}:{scenario}",
/// is also its scenario grain's key. A created scenario came over HTTP and may be deleted; the
/// others are written in the topology files.
/// </summary>
internal sealed class CatalogEntry(string id, string park, string scenario, ParkTopology topology,
    StagedTopology? staged = null)
{
    private readonly Lazy<ScenarioBuild> _build = new(() => topology.Build(scenario));

    public string Id { get; } = id;

    public string Park { get; } = park;

    public string Scenario { get; } = scenario;

    public ParkTopology Topology { get; } = topology;

    public bool Created => staged is not null;

    public string? Description => Topology.Description(Scenario);

    /// <summary>The validated park model, built once; null when the scenario has problems.</summary>
    public ParkModel? Model => _build.Value.IsValid ? _build.Value.Model : null;

    public ScenarioBuild Build => _build.Value;

    /// <summary>The scenario's problems, each as `twin validate` prints it.</summary>
    public IReadOnlyList<string> Problems => Build.Issues
        .Select(i => (staged?.Relabel(i) ?? i).ToString())
        .ToArray();
}
