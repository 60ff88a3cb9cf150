using Twin.Domain.Accounting;

namespace Twin.Reporting.Documents;

/// <summary>
/// totals.json: the park's named totals over the horizon (each name ends in its unit) and the
/// unit of each spelled out; the API's totals route answers the same document with its run.
/// </summary>
public sealed record TotalsDocument(
    string Scenario,
    int Year,
    IReadOnlyDictionary<string, double> Totals,
    IReadOnlyDictionary<string, string> Units)
{
    public static TotalsDocument From(RunReport report)
    {
        var park = report.Result.Park;
        var totals = new SortedDictionary<string, double>(report.Totals.ToDictionary(), StringComparer.Ordinal);
        var units = new SortedDictionary<string, string>(
            totals.Keys.ToDictionary(name => name, TotalNames.UnitOf), StringComparer.Ordinal);
        return new TotalsDocument(park.Scenario, park.Year, totals, units);
    }
}
