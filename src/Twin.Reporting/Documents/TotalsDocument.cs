using System.Text.Json.Serialization;
using Twin.Domain.Accounting;

namespace Twin.Reporting.Documents;

/// <summary>
/// totals.json: the park's named totals over the horizon, each name ending in its unit, as one
/// flat object beside "scenario" and "year", so that a program reads totals["coal_t"] directly.
/// </summary>
[JsonConverter(typeof(TotalsDocumentConverter))]
public sealed record TotalsDocument(string Scenario, int Year, IReadOnlyDictionary<string, double> Totals)
{
    public static TotalsDocument From(RunReport report)
    {
        var park = report.Result.Park;
        var totals = new SortedDictionary<string, double>(report.Totals.ToDictionary(), StringComparer.Ordinal);
        return new TotalsDocument(park.Scenario, park.Year, totals);
    }
}
