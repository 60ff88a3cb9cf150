using Microsoft.AspNetCore.Http.HttpResults;
using Twin.Domain.Processes;
using Twin.Host.Api.Documents;
using Twin.Host.Scenarios;

namespace Twin.Host.Api;

/// <summary>A scenario's flows of one quantity, as the nodes and links of a Sankey diagram.</summary>
internal static class SankeyEndpoints
{
    public const string Water = "water";
    public const string Energy = "energy";

    private const string Inward = "@in";
    private const string Outward = "@out";

    public static RouteGroupBuilder MapSankeyEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{scenario}/sankey", Sankey).WithName("GetSankey")
            .WithSummary("The flows of one quantity as Sankey nodes and links, with values and units")
            .WithDescription("quantity is water (t of water carried, the default), energy (GJ carried) or a "
                + "carrier id (in the carrier's own unit). Links marked circular close a loop.");
        return group;
    }

    private static async Task<Results<Ok<SankeyDocument>, ProblemHttpResult>> Sankey(string scenario,
        string? quantity, ScenarioDirectory directory, ScenarioRuns runs)
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

        var asked = string.IsNullOrEmpty(quantity) ? Water : quantity;
        var rows = flows.Rows.Select(FlowRow.Of).ToArray();
        if (asked is not (Water or Energy) && rows.All(r => r.Carrier != asked))
        {
            var carriers = rows.Select(r => r.Carrier).Distinct().Order(StringComparer.Ordinal);
            return Problems.BadQuery($"quantity '{asked}' is not water, energy or a carrier of this scenario "
                + $"({string.Join(", ", carriers)})");
        }

        return TypedResults.Ok(Build(entry, flows.Run, asked, rows));
    }

    private static SankeyDocument Build(CatalogEntry entry, int run, string quantity, FlowRow[] rows)
    {
        var unit = quantity switch
        {
            Water => "t",
            Energy => "GJ",
            _ => rows.First(r => r.Carrier == quantity).Unit,
        };
        var measured = rows.Select(r => (Row: r, Value: ValueOf(r, quantity) ?? 0))
            .Where(m => m.Value > 0)
            .Select(m => (From: End(entry, m.Row.From, Inward), To: End(entry, m.Row.To, Outward), m.Row, m.Value))
            .ToArray();
        var rank = FlowOrder.Rank(measured.Select(m => (m.From, m.To, m.Value)).ToArray());

        var links = measured.Select(m => new SankeyLink(m.From, m.To, m.Row.Carrier, m.Value, unit,
            rank[m.To] <= rank[m.From])).ToArray();
        var nodes = rank.OrderBy(r => r.Value).Select(r => Node(entry, r.Key)).ToArray();
        var entering = links.Where(l => l.Source.EndsWith(Inward, StringComparison.Ordinal)).Sum(l => l.Value);
        return new SankeyDocument(entry.Id, run, quantity, unit, entering, nodes, links);
    }

    private static double? ValueOf(FlowRow row, string quantity) => quantity switch
    {
        Water => row.WaterT,
        Energy => row.EnergyGj,
        _ => row.Carrier == quantity ? row.Amount : null,
    };

    /// <summary>The Sankey node a link starts or ends at: a boundary's side, or the park node itself.</summary>
    private static string End(CatalogEntry entry, string node, string side) =>
        entry.Model?.Node(node)?.Kind == ProcessCatalog.BoundaryKind ? node + side : node;

    private static SankeyNode Node(CatalogEntry entry, string id)
    {
        var at = id.IndexOf('@', StringComparison.Ordinal);
        var park = at < 0 ? id : id[..at];
        var node = entry.Model?.Node(park);
        var name = node?.Name ?? park;
        return new SankeyNode(id, park, ReadableName.Of(name), name, node?.Kind ?? "");
    }
}
