using Twin.Domain.Accounting;

namespace Twin.Reporting.Documents;

/// <summary>totals.json: the park's named totals over the horizon; each name ends in its unit.</summary>
public sealed record TotalsDocument(string Scenario, int Year, IReadOnlyDictionary<string, double> Totals)
{
    public static TotalsDocument From(RunReport report)
    {
        var park = report.Result.Park;
        var totals = new SortedDictionary<string, double>(report.Totals.ToDictionary(), StringComparer.Ordinal);
        return new TotalsDocument(park.Scenario, park.Year, totals);
    }
}
