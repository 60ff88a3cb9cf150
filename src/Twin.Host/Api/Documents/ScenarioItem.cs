namespace Twin.Host.Api.Documents;

/// <summary>A scenario the host serves and the state of its latest run.</summary>
/// <param name="Id">Full name, "{park}:{scenario}"; the bare scenario name works too while unique.</param>
/// <param name="Created">Created over HTTP (and so deletable), rather than written in the topology files.</param>
/// <param name="Problems">Validation problems, as `twin validate` prints them; a scenario with any cannot run.</param>
public sealed record ScenarioItem(
    string Id,
    string Park,
    string Scenario,
    string? Description,
    int? Year,
    HorizonDocument? Horizon,
    bool Created,
    string State,
    int Run,
    IReadOnlyList<string> Problems);
