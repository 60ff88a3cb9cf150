using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Abstractions.Runs;
using Twin.Host.Api.Documents;
using Twin.Host.Scenarios;

namespace Twin.Host.Api;

/// <summary>Node balances over any period of the latest completed run, answered by the node's grain.</summary>
internal static class BalanceEndpoints
{
    public static RouteGroupBuilder MapBalanceEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{scenario}/nodes/{node}/balance", Balance).WithName("GetNodeBalance")
            .WithSummary("A node's water, energy and material balances over a period, split by period")
            .WithDescription("from and to are dates (yyyy-MM-dd, both days included) or step indices "
                + "(from included, to excluded); left out, they are the horizon's start and end. period "
                + $"splits them: {PeriodSplit.Known} (the default, one period). quantity keeps one "
                + "quantity: water, energy or a tracked material or pollutant.");
        return group;
    }

    private static async Task<Results<Ok<NodeBalanceDocument>, ProblemHttpResult>> Balance(string scenario,
        string node, string? from, string? to, string? period, string? quantity, ScenarioDirectory directory,
        ScenarioRuns runs, IGrainFactory grains)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        if (!PeriodSplit.TryParse(period, out var split))
        {
            return Problems.BadQuery($"period '{period}' is not one of {PeriodSplit.Known}");
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

        var periods = PeriodSplit.Split(range, horizon, split, HeatingSeason.Of(entry.Model));
        if (periods.Count > PeriodSplit.MostPeriods)
        {
            return Problems.BadQuery($"{periods.Count} periods are too many (at most {PeriodSplit.MostPeriods}): "
                + "ask for a shorter range or longer periods");
        }

        // The whole range first, then each period: one grain call for all of them.
        var ranges = periods.Select(p => p.Steps).Prepend(range).ToArray();
        var grain = grains.GetGrain<INodeGrain>(GrainKeys.Node(entry.Id, node));
        if (await grain.Balances(status.Run, ranges) is not { } reports)
        {
            return Problems.UnknownNode(entry.Id, node);
        }

        if (quantity is not null && reports[0].Quantities.All(q => q.Quantity != quantity))
        {
            var known = string.Join(", ", reports[0].Quantities.Select(q => q.Quantity));
            return Problems.BadQuery($"node '{node}' has no quantity '{quantity}' (it has: {known})");
        }

        return TypedResults.Ok(Document(entry.Id, status.Run, reports, periods, split, quantity, horizon));
    }

    private static NodeBalanceDocument Document(string scenario, int run, NodeBalanceReport[] reports,
        IReadOnlyList<PeriodSplit> periods, BalancePeriod split, string? quantity,
        HorizonDefinition horizon)
    {
        var whole = reports[0];
        var perDay = 24 / horizon.StepHours;
        return new NodeBalanceDocument(scenario, run, whole.Id, whole.Kind, whole.Name, PeriodSplit.NameOf(split),
            quantity, whole.Steps.From, whole.Steps.To,
            horizon.Start.AddDays(whole.Steps.From / perDay), horizon.Start.AddDays((whole.Steps.To - 1) / perDay),
            whole.Quantities.Where(q => quantity is null || q.Quantity == quantity).Select(QuantityRow.From).ToArray(),
            whole.Shortfalls, whole.Details,
            periods.Select((p, i) => PeriodBalance.From(p.Label, reports[i + 1], p.Days, quantity)).ToArray());
    }
}
