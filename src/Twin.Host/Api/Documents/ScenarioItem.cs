namespace Twin.Host.Api.Documents;

/// <summary>A scenario the host serves and the state of its latest run.</summary>
/// <param name="Id">Full name, "{park}:{scenario}"; the bare scenario name works too while unique.</param>
/// <param name="Problems">Validation problems; a scenario with any cannot run.</param>
public sealed record ScenarioItem(
    string Id,
    string Park,
    string Scenario,
    string? Description,
    int? Year,
    HorizonDocument? Horizon,
    string State,
    int Run,
    IReadOnlyList<string> Problems);
