using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Host.Api.Documents;
using Twin.Host.Scenarios;

namespace Twin.Host.Api;

/// <summary>A scenario's park: nodes with their kinds and parameters, and the connections between them.</summary>
internal static class TopologyEndpoints
{
    public static RouteGroupBuilder MapTopologyEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{scenario}/topology", Topology).WithName("GetTopology")
            .WithSummary("The scenario's nodes, their parameters with units and sources, and connections");
        return group;
    }

    private static async Task<Results<Ok<TopologyDocument>, ProblemHttpResult>> Topology(string scenario,
        ScenarioDirectory directory)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        if (entry.Model is not { } park)
        {
            return Problems.InvalidScenario(entry.Id, entry.Problems);
        }

        return TypedResults.Ok(TopologyDocument.From(entry.Id, park));
    }
}
