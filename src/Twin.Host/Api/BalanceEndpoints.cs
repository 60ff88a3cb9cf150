using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Runs;
using Twin.Host.Api.Documents;
using Twin.Host.Scenarios;

namespace Twin.Host.Api;

/// <summary>Node balances over any period of the latest completed run, answered by the node's grain.</summary>
internal static class BalanceEndpoints
{
    public static RouteGroupBuilder MapBalanceEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{scenario}/nodes/{node}/balance", Balance)
            .WithSummary("A node's water, energy and material balances over a period")
            .WithDescription("from and to are dates (yyyy-MM-dd, both days included) or step indices "
                + "(from included, to excluded); left out, they are the horizon's start and end.");
        return group;
    }

    private static async Task<Results<Ok<NodeBalanceDocument>, ProblemHttpResult>> Balance(string scenario,
        string node, string? from, string? to, ScenarioCatalog catalog, ScenarioRuns runs, IGrainFactory grains)
    {
        if (catalog.Find(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        var status = await runs.Grain(entry).Status();
        if (status.State != RunState.Completed || status.Horizon is not { } horizon)
        {
            return Problems.NoResults(status);
        }

        if (!StepQuery.TryParse(from, to, horizon, out var range, out var problem))
        {
            return Problems.BadQuery(problem);
        }

        var grain = grains.GetGrain<INodeGrain>(GrainKeys.Node(entry.Id, node));
        if (await grain.Balance(status.Run, range) is not { } report)
        {
            return Problems.UnknownNode(entry.Id, node);
        }

        return TypedResults.Ok(NodeBalanceDocument.From(entry.Id, status.Run, report, horizon));
    }
}
