using System.Globalization;
using Spectre.Console.Cli;
using Twin.Cli.Running;
using Twin.Domain.Carriers;
using Twin.Domain.Graph;
using Twin.Domain.Processes;
using Twin.Topology;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin capacity</c>: the most a supply path can carry between two nodes given plant and
/// pipe capacities (a maximum flow over the topology), and the plants or pipes that bind.
/// </summary>
internal sealed class CapacityCommand(TwinConsole console) : Command<CapacitySettings>
{
    public override int Execute(CommandContext context, CapacitySettings settings,
        CancellationToken cancellationToken)
    {
        var park = RunPlan.Prepare(TopologyLoader.Load(settings.Topology), settings.Scenario, null).Park;
        foreach (var id in new[] { settings.From, settings.To }.Where(id => park.Node(id) is null))
        {
            throw new TwinInputException($"scenario '{settings.Scenario}' has no node '{id}'");
        }

        var carriers = Carriers(settings, park.Carriers);
        var result = SupplyCapacity.Compute(park, ProcessCatalog.Default, settings.From, settings.To, carriers);
        console.Out.Line(Describe(result, carriers));
        return ExitCodes.Ok;
    }

    private static HashSet<string> Carriers(CapacitySettings settings, CarrierCatalog catalog)
    {
        foreach (var unknown in settings.Carriers.Where(c => !catalog.TryGet(c, out _)))
        {
            throw new TwinInputException($"--carrier {unknown}: unknown carrier");
        }

        return settings.Carriers.Length > 0
            ? [.. settings.Carriers]
            : catalog.All.Where(c => c.IsWaterSupply || c.Id == "effluent"
                || c.Kind == CarrierKind.Heat && c.Id is not ("heat-loss" or "heat-return"))
                .Select(c => c.Id).ToHashSet();
    }

    private static string Describe(SupplyCapacityResult result, IReadOnlySet<string> carriers)
    {
        var path = $"{result.From} -> {result.To} over {string.Join(", ", carriers.Order(StringComparer.Ordinal))}";
        return result.MaximumPerHour switch
        {
            null => $"{path}: no capacity on the way limits it",
            0 => $"{path}: no path: the nodes are not connected by these carriers",
            { } perHour => $"{path}: at most {Show(perHour)} per hour ({Show(perHour * 24)} per day, "
                + $"in t for water, GJ for heat); binding: {string.Join(", ", result.Binding)}",
        };
    }

    private static string Show(double value) => value.ToString("#,##0.###", CultureInfo.InvariantCulture);
}
