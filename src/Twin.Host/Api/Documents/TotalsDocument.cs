namespace Twin.Host.Api.Documents;

/// <summary>
/// The park's named totals of a run, as totals.json holds them (each name ends in its unit),
/// and the unit of each, spelled out.
/// </summary>
public sealed record TotalsDocument(
    string Scenario,
    int Year,
    int Run,
    IReadOnlyDictionary<string, double> Totals,
    IReadOnlyDictionary<string, string> Units);
