using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Grains.Mapping;
using Twin.Host.Api.Documents;
using Twin.Host.Hosting;
using Twin.Host.Scenarios;

namespace Twin.Host.Api;

/// <summary>The scenarios, their runs and their status.</summary>
internal static class ScenarioEndpoints
{
    public static RouteGroupBuilder MapScenarioEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithSummary("Every scenario served, with the state of its latest run");
        group.MapPost("/{scenario}/run", Run).WithSummary("Starts a run of the scenario");
        group.MapGet("/{scenario}/status", Status).WithSummary("The state and progress of the latest run");
        return group;
    }

    private static async Task<Ok<ScenarioItem[]>> List(ScenarioCatalog catalog, ScenarioRuns runs)
    {
        var items = new List<ScenarioItem>();
        foreach (var entry in catalog.Entries)
        {
            var status = await runs.Grain(entry).Status();
            var model = entry.Build.Model;
            var horizon = model is null ? null : HorizonDocument.From(ParkMapping.ToDefinition(model.Horizon));
            items.Add(new ScenarioItem(entry.Id, entry.Park, entry.Scenario, entry.Description, model?.Year,
                horizon,
                StatusDocument.StateName(status.State), status.Run,
                entry.Build.Issues.Select(i => i.ToString()).ToArray()));
        }

        return TypedResults.Ok(items.ToArray());
    }

    private static async Task<Results<Accepted<StatusDocument>, ProblemHttpResult>> Run(string scenario,
        ScenarioCatalog catalog, ScenarioRuns runs, ILogger<ScenarioRuns> logger)
    {
        if (catalog.Find(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        if (entry.Model is null)
        {
            return Problems.InvalidScenario(entry.Id, entry.Build.Issues.Select(i => i.ToString()));
        }

        var start = await runs.StartAsync(entry);
        if (!start.Started)
        {
            return Problems.RunInProgress(start.Status);
        }

        HostLog.RunRequested(logger, entry.Id, start.Run);
        return TypedResults.Accepted($"/api/scenarios/{entry.Id}/status", StatusDocument.From(start.Status));
    }

    private static async Task<Results<Ok<StatusDocument>, ProblemHttpResult>> Status(string scenario,
        ScenarioCatalog catalog, ScenarioRuns runs)
    {
        if (catalog.Find(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        return TypedResults.Ok(StatusDocument.From(await runs.Grain(entry).Status()));
    }
}
