using Twin.Domain.Accounting;

namespace Twin.Reporting.Documents;

/// <summary>indicators.json: the 23 eco-park indicators of the scenario's year.</summary>
/// <param name="BaselineYear">The year of the baseline run that indicators 7, 9, 16 and 17
/// compare with; null when there was none.</param>
public sealed record IndicatorsDocument(
    string Scenario,
    int Year,
    int? BaselineYear,
    IReadOnlyList<IndicatorDocument> Indicators)
{
    public static IndicatorsDocument From(RunReport report, int? baselineYear)
    {
        var park = report.Result.Park;
        return new IndicatorsDocument(park.Scenario, park.Year, baselineYear,
            report.Indicators.Select(IndicatorDocument.From).ToArray());
    }
}
