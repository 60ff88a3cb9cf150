using Microsoft.Extensions.Logging;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Parks;

namespace Twin.Grains.Parks;

/// <summary>
/// The scenarios created for one park. Each change is stored before it is answered, so a
/// scenario reported as created survives the silo.
/// </summary>
public sealed class ParkGrain(
    [PersistentState(TwinStorage.ParkState, TwinStorage.Name)] IPersistentState<ParkState> stored,
    ILogger<ParkGrain> logger) : Grain, IParkGrain
{
    private string Park => this.GetPrimaryKeyString();

    public Task<CreatedScenarios> Created() =>
        Task.FromResult(new CreatedScenarios(stored.State.Version, stored.State.Scenarios));

    public async Task<bool> Add(CreatedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);

        if (stored.State.Scenarios.Any(s => s.Name == scenario.Name))
        {
            return false;
        }

        await StoreAsync([.. stored.State.Scenarios, scenario]);
        ParkLog.Created(logger, Park, scenario.Name, scenario.Base);
        return true;
    }

    public async Task<bool> Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        if (stored.State.Scenarios.All(s => s.Name != name))
        {
            return false;
        }

        await StoreAsync(stored.State.Scenarios.Where(s => s.Name != name).ToArray());
        ParkLog.Removed(logger, Park, name);
        return true;
    }

    private async Task StoreAsync(CreatedScenario[] scenarios)
    {
        var previous = stored.State;
        stored.State = new ParkState { Version = previous.Version + 1, Scenarios = scenarios };
        try
        {
            await stored.WriteStateAsync();
        }
        catch
        {
            stored.State = previous;
            throw;
        }
    }
}
