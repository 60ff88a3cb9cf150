using Twin.Domain.Simulation;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Runs;
using Twin.Grains.Mapping;

namespace Twin.Host.Scenarios;

/// <summary>Starts runs of catalogued scenarios on their scenario grains.</summary>
internal sealed class ScenarioRuns(ScenarioCatalog catalog, IGrainFactory grains)
{
    public IScenarioGrain Grain(CatalogEntry entry) => grains.GetGrain<IScenarioGrain>(entry.Id);

    /// <summary>
    /// Starts a run of a valid scenario. Its growth indicators compare with the baseline
    /// scenario's latest completed run, when there is one; otherwise they stay empty.
    /// </summary>
    public async Task<RunStart> StartAsync(CatalogEntry entry)
    {
        var park = entry.Model ?? throw new InvalidOperationException($"scenario '{entry.Id}' is not valid");
        var options = SimulationOptions.Default;
        var request = new RunRequest(ParkMapping.ToDefinition(park), await BaselineAsync(entry),
            options.Tolerance, options.MaxSweeps);
        return await Grain(entry).Start(request);
    }

    private async Task<BaselineDefinition?> BaselineAsync(CatalogEntry entry)
    {
        if (catalog.BaselineOf(entry) is not { Model: { } model } baseline)
        {
            return null;
        }

        var totals = await Grain(baseline).Totals();
        return totals is null ? null : new BaselineDefinition(model.Year, model.Economy.ValueAdded, totals.Totals);
    }
}
