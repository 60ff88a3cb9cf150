using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Host.Api.Documents;
using Twin.Host.Scenarios;

namespace Twin.Host.Api;

/// <summary>The results of a scenario's latest completed run, the same numbers as its run files.</summary>
internal static class ResultEndpoints
{
    public static RouteGroupBuilder MapResultEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{scenario}/totals", Totals).WithSummary("The park's totals, as totals.json");
        group.MapGet("/{scenario}/flows", Flows).WithSummary("Every connection's total, as the rows of flows.csv");
        return group;
    }

    private static async Task<Results<Ok<TotalsDocument>, ProblemHttpResult>> Totals(string scenario,
        ScenarioCatalog catalog, ScenarioRuns runs)
    {
        if (catalog.Find(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        var grain = runs.Grain(entry);
        if (await grain.Totals() is not { } totals)
        {
            return Problems.NoResults(await grain.Status());
        }

        return TypedResults.Ok(new TotalsDocument(totals.Scenario, totals.Year, totals.Run, totals.Totals));
    }

    private static async Task<Results<Ok<FlowRow[]>, ProblemHttpResult>> Flows(string scenario,
        ScenarioCatalog catalog, ScenarioRuns runs)
    {
        if (catalog.Find(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        var grain = runs.Grain(entry);
        if (await grain.Flows() is not { } flows)
        {
            return Problems.NoResults(await grain.Status());
        }

        return TypedResults.Ok(flows.Rows.Select(FlowRow.Of).ToArray());
    }
}
