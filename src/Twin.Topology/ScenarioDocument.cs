using Twin.Domain.Model;

namespace Twin.Topology;

/// <summary>A scenario as written: an overlay on a base (the park or another scenario).</summary>
internal sealed record ScenarioDocument(
    string Name,
    string Base,
    SourceLocation Location,
    int? Year,
    Horizon? Horizon,
    Economy? Economy,
    IReadOnlyList<NodeChange> Changes,
    IReadOnlyList<NodeSpec> AddedNodes,
    IReadOnlyList<(string Id, SourceLocation Location)> RemovedNodes,
    IReadOnlyList<ConnectionSpec> AddedConnections,
    IReadOnlyList<ConnectionSpec> RemovedConnections,
    string? Description);

/// <summary>A scenario's change to an existing node: parameters set, settings or profile replaced.</summary>
internal sealed record NodeChange(
    string Id,
    SourceLocation Location,
    IReadOnlyDictionary<string, Parameter> Parameters,
    IReadOnlyList<string> RemovedParameters,
    string? Profile,
    IReadOnlyDictionary<string, string> Settings);
