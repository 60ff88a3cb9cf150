using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Grains.Abstractions.Results;
using Twin.Host.Api.Documents;
using Twin.Host.Scenarios;
using Twin.Reporting;

namespace Twin.Host.Api;

/// <summary>Two scenarios side by side: their park totals and indicators, with b - a.</summary>
internal static class CompareEndpoints
{
    public static WebApplication MapCompareEndpoints(this WebApplication app)
    {
        app.MapGet("/api/compare", Compare).WithName("CompareScenarios").WithTags("Comparison")
            .WithSummary("The totals and indicators of two scenarios' latest completed runs, with b - a");
        return app;
    }

    private static async Task<Results<Ok<ComparisonDocument>, ProblemHttpResult>> Compare(string? a, string? b,
        ScenarioDirectory directory, ScenarioRuns runs)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            return Problems.BadQuery("name both scenarios: /api/compare?a={scenario}&b={scenario}");
        }

        if (await directory.FindAsync(a) is not { } first)
        {
            return Problems.UnknownScenario(a);
        }

        if (await directory.FindAsync(b) is not { } second)
        {
            return Problems.UnknownScenario(b);
        }

        var left = await ResultsAsync(runs, first);
        var right = await ResultsAsync(runs, second);
        if ((left.Problem ?? right.Problem) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(new ComparisonDocument(
            new ScenarioRun(first.Id, left.Totals!.Run, left.Totals.Year),
            new ScenarioRun(second.Id, right.Totals!.Run, right.Totals.Year),
            Totals(left.Totals.Totals, right.Totals.Totals),
            Indicators(left.Indicators!, right.Indicators!)));
    }

    private static async Task<(RunTotals? Totals, IndicatorTable? Indicators, ProblemHttpResult? Problem)>
        ResultsAsync(ScenarioRuns runs, CatalogEntry entry)
    {
        var grain = runs.Grain(entry);
        var totals = await grain.Totals();
        var indicators = await grain.Indicators();
        return totals is null || indicators is null
            ? (null, null, Problems.NoResults(await grain.Status()))
            : (totals, indicators, null);
    }

    private static TotalComparison[] Totals(IReadOnlyDictionary<string, double> a,
        IReadOnlyDictionary<string, double> b) =>
        TotalNames.InReadingOrder(a.Keys.Union(b.Keys)).Select(name =>
        {
            double? left = a.TryGetValue(name, out var x) ? x : null;
            double? right = b.TryGetValue(name, out var y) ? y : null;
            var delta = right - left;
            return new TotalComparison(name, TotalNames.UnitOf(name), left, right, delta,
                left is { } l && l != 0 ? delta / Math.Abs(l) : null);
        }).ToArray();

    private static IndicatorComparison[] Indicators(IndicatorTable a, IndicatorTable b)
    {
        var right = b.Rows.ToDictionary(r => r.Number);
        return a.Rows.Select(left =>
        {
            var other = right.GetValueOrDefault(left.Number);
            return new IndicatorComparison(left.Number, left.Name, left.Unit, left.Value, other?.Value,
                other?.Value - left.Value, left.Target, other?.Target, left.Met, other?.Met);
        }).ToArray();
    }
}
