using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Domain.Analysis;
using Twin.Domain.Simulation;
using Twin.Host.Api.Documents;
using Twin.Host.Scenarios;

namespace Twin.Host.Api;

/// <summary>
/// The waste-heat sizing questions over HTTP, as <c>twin heat</c> answers them on the command
/// line: the season's heat, losses per segment, hours at capacity and savings; what happens when
/// a branch is shut; which supply temperature keeps the losses under a share.
/// </summary>
/// <remarks>
/// These are analyses of several whole runs, computed on request with the kernel engine in this
/// process (the same domain code as the grains, a fraction of a second per daily season), not
/// stored runs: they change no scenario's state.
/// </remarks>
internal static class HeatEndpoints
{
    public static RouteGroupBuilder MapHeatEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{scenario}/heat", Heat).WithName("GetHeatSeason")
            .WithSummary("The waste-heat season of a scenario with a waste-heat network, and sizing answers")
            .WithDescription("shut names a pipeline to take out; supply_temperature lists supply "
                + "temperatures in degC (e.g. 70,80,90) and loss_limit the largest loss share in percent "
                + "for choosing the best one.");
        return group;
    }

    private static async Task<Results<Ok<HeatDocument>, ProblemHttpResult>> Heat(string scenario,
        string? shut, string? supply_temperature, double? loss_limit, ScenarioDirectory directory,
        CancellationToken cancellation)
    {
        if (await directory.FindAsync(scenario) is not { } entry)
        {
            return Problems.UnknownScenario(scenario);
        }

        if (entry.Model is not { } park)
        {
            return Problems.InvalidScenario(entry.Id, entry.Problems);
        }

        if (HeatNetwork.Find(park) is not { } network)
        {
            return Problems.BadQuery($"scenario '{entry.Id}' has no waste heat sent into a heat pipeline");
        }

        if (shut is not null && !network.Segments.Contains(shut))
        {
            return Problems.BadQuery($"shut={shut}: not a pipeline of the waste-heat network "
                + $"(its pipelines: {string.Join(", ", network.Segments)})");
        }

        if (Temperatures(supply_temperature) is not { } temperatures)
        {
            return Problems.BadQuery($"supply_temperature={supply_temperature}: list numbers in degC, e.g. 70,80,90");
        }

        return TypedResults.Ok(await Task.Run(() => AnswerAsync(entry.Id, park, shut, temperatures,
            loss_limit / 100, cancellation), cancellation));
    }

    private static async Task<HeatDocument> AnswerAsync(string id, Twin.Domain.Model.ParkModel park,
        string? shut, IReadOnlyList<double> temperatures, double? lossLimit, CancellationToken cancellation)
    {
        var engine = new KernelEngine();
        var season = await SeasonAnalysis.RunAsync(park, engine, cancellation);

        var shutSeason = shut is null
            ? null
            : new ShutPipelineDocument(shut,
                (await SeasonAnalysis.RunWithoutAsync(park, shut, engine, cancellation)).Report);
        var cases = temperatures.Count == 0
            ? []
            : await SupplyTemperatureSweep.RunAsync(park, temperatures, lossLimit, engine, cancellation);
        return new HeatDocument(id, season.Report, shutSeason, cases,
            SupplyTemperatureSweep.Best(cases)?.SupplyTemperatureC, engine.Name);
    }

    private static IReadOnlyList<double>? Temperatures(string? list)
    {
        var parts = (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<double>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }
}
