using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Host.Api.Documents;
using Twin.Host.Scenarios;
using Twin.Reporting;

namespace Twin.Host.Api;

/// <summary>The results of a scenario's latest completed run, the same numbers as its run files.</summary>
internal static class ResultEndpoints
{
    public static RouteGroupBuilder MapResultEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{scenario}/totals", Totals).WithName("GetTotals")
            .WithSummary("The park's totals, as totals.json, with their units");
        group.MapGet("/{scenario}/balance", ParkBalance).WithName("GetParkBalance")
            .WithSummary("The park's water, energy and material balance: what crosses its boundary");
        group.MapGet("/{scenario}/flows", Flows).WithName("GetFlows")
            .WithSummary("Every connection's total, as the rows of flows.csv")
            .WithDescription("carrier keeps the rows of one carrier; node those into or out of one node.");
        group.MapGet("/{scenario}/indicators", Indicators).WithName("GetIndicators")
            .WithSummary("The 23 eco-park indicators, as indicators.json");
        return group;
    }

    private static async Task<Results<Ok<TotalsDocument>, ProblemHttpResult>> Totals(string scenario,
        ScenarioDirectory directory, ScenarioRuns runs)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        var grain = runs.Grain(entry);
        if (await grain.Totals() is not { } totals)
        {
            return Problems.NoResults(await grain.Status());
        }

        var units = totals.Totals.Keys.ToDictionary(k => k, TotalNames.UnitOf);
        return TypedResults.Ok(new TotalsDocument(totals.Scenario, totals.Year, totals.Run, totals.Totals, units));
    }

    private static async Task<Results<Ok<ParkBalanceDocument>, ProblemHttpResult>> ParkBalance(string scenario,
        ScenarioDirectory directory, ScenarioRuns runs)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        var grain = runs.Grain(entry);
        if (await grain.Balances() is not { } balances)
        {
            return Problems.NoResults(await grain.Status());
        }

        return TypedResults.Ok(new ParkBalanceDocument(entry.Id, balances.Run,
            balances.Park.Select(QuantityRow.From).ToArray()));
    }

    private static async Task<Results<Ok<FlowRow[]>, ProblemHttpResult>> Flows(string scenario, string? carrier,
        string? node, ScenarioDirectory directory, ScenarioRuns runs)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        var grain = runs.Grain(entry);
        if (await grain.Flows() is not { } flows)
        {
            return Problems.NoResults(await grain.Status());
        }

        var rows = flows.Rows.Select(FlowRow.Of).ToArray();
        if (node is not null && !rows.Any(r => r.From == node || r.To == node))
        {
            return Problems.UnknownNode(entry.Id, node);
        }

        if (carrier is not null && rows.All(r => r.Carrier != carrier))
        {
            var known = string.Join(", ", rows.Select(r => r.Carrier).Distinct().Order(StringComparer.Ordinal));
            return Problems.BadQuery($"no connection carries '{carrier}' (carriers: {known})");
        }

        return TypedResults.Ok(rows
            .Where(r => carrier is null || r.Carrier == carrier)
            .Where(r => node is null || r.From == node || r.To == node)
            .ToArray());
    }

    private static async Task<Results<Ok<IndicatorsDocument>, ProblemHttpResult>> Indicators(string scenario,
        ScenarioDirectory directory, ScenarioRuns runs)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        var grain = runs.Grain(entry);
        if (await grain.Indicators() is not { } indicators)
        {
            return Problems.NoResults(await grain.Status());
        }

        return TypedResults.Ok(new IndicatorsDocument(entry.Id, indicators.Run,
            indicators.Rows.Select(IndicatorRow.Of).ToArray()));
    }
}
