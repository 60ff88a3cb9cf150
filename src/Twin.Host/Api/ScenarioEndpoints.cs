using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Grains.Mapping;
using Twin.Host.Api.Documents;
using Twin.Host.Hosting;
using Twin.Host.Scenarios;
using Twin.Host.Security;

namespace Twin.Host.Api;

/// <summary>The scenarios: list, create, run, follow and delete.</summary>
internal static class ScenarioEndpoints
{
    public static RouteGroupBuilder MapScenarioEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListScenarios")
            .WithSummary("Every scenario served, with the state of its latest run");
        group.MapGet("/{scenario}", Get).WithName("GetScenario").WithSummary("One scenario and its latest run's state");
        group.MapPost("/", Create).WithName("CreateScenario")
            .WithSummary("Creates a scenario from a base and an overlay")
            .WithDescription("The body is an overlay in the topology's scenario format (docs/topology.md), as "
                + "YAML or JSON: `scenario` names it, `base` the scenario it changes. It is validated as "
                + "`twin validate` does; its problems come back as \"overlay:line: subject: message\". "
                + "`park` is needed only when the host serves several parks.")
            .Accepts<string>("application/yaml", "application/json", "text/yaml", "application/x-yaml", "text/plain")
            .RequiresWriteAccess();
        group.MapPost("/{scenario}/run", Run).WithName("RunScenario").WithSummary("Starts a run of the scenario")
            .RequiresWriteAccess();
        group.MapGet("/{scenario}/status", Status).WithName("GetStatus")
            .WithSummary("The state and progress of the latest run");
        group.MapDelete("/{scenario}", Delete).WithName("DeleteScenario")
            .WithSummary("Deletes a created scenario with its runs and results")
            .RequiresWriteAccess();
        return group;
    }

    private static async Task<Ok<ScenarioItem[]>> List(ScenarioDirectory directory, ScenarioRuns runs)
    {
        var entries = await directory.ListAsync();
        var items = await Task.WhenAll(entries.Select(e => ItemAsync(e, runs)));
        return TypedResults.Ok(items);
    }

    private static async Task<Results<Ok<ScenarioItem>, ProblemHttpResult>> Get(string scenario,
        ScenarioDirectory directory, ScenarioRuns runs)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        return TypedResults.Ok(await ItemAsync(entry, runs));
    }

    private static async Task<Results<Created<ScenarioItem>, ProblemHttpResult>> Create(HttpRequest request,
        string? park, ScenarioDirectory directory, ScenarioRuns runs, ILogger<ScenarioRuns> logger)
    {
        var body = await RequestText.ReadAsync(request);
        if (body.TooLarge)
        {
            return Problems.BodyTooLarge(RequestText.Limit);
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return Problems.EmptyBody();
        }

        var creation = await directory.CreateAsync(park, body.Text);
        if (creation.Entry is not { } entry)
        {
            return creation.Outcome switch
            {
                CreationOutcome.NoPark => Problems.UnknownPark(creation.Detail),
                CreationOutcome.Taken => Problems.NameTaken(creation.Detail),
                _ => Problems.InvalidOverlay(creation.Detail, creation.Problems),
            };
        }

        HostLog.ScenarioCreated(logger, entry.Id);
        return TypedResults.Created($"/api/scenarios/{entry.Id}", await ItemAsync(entry, runs));
    }

    private static async Task<Results<Accepted<StatusDocument>, ProblemHttpResult>> Run(string scenario,
        ScenarioDirectory directory, ScenarioRuns runs, ILogger<ScenarioRuns> logger)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        if (entry.Model is null)
        {
            return Problems.InvalidScenario(entry.Id, entry.Problems);
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
        ScenarioDirectory directory, ScenarioRuns runs)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        return TypedResults.Ok(StatusDocument.From(await runs.Grain(entry).Status()));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string scenario,
        ScenarioDirectory directory)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        var deletion = await directory.DeleteAsync(entry);
        return deletion.Outcome switch
        {
            DeletionOutcome.Deleted => TypedResults.NoContent(),
            DeletionOutcome.FromFiles => Problems.WrittenInFiles(entry.Id),
            DeletionOutcome.IsBase => Problems.IsBase(entry.Id, deletion.Dependents),
            _ => Problems.RunInProgress(deletion.Status!),
        };
    }

    private static async Task<ScenarioItem> ItemAsync(CatalogEntry entry, ScenarioRuns runs)
    {
        var status = await runs.Grain(entry).Status();
        var model = entry.Build.Model;
        var horizon = model is null ? null : HorizonDocument.From(ParkMapping.ToDefinition(model.Horizon));
        return new ScenarioItem(entry.Id, entry.Park, entry.Scenario, entry.Description, model?.Year, horizon,
            entry.Created, StatusDocument.StateName(status.State), status.Run, entry.Problems);
    }
}
