using Orleans.Concurrency;
using Twin.Grains.Abstractions.Parks;

namespace Twin.Grains.Abstractions;

/// <summary>
/// One park, keyed by its id: the scenarios created for it over HTTP. The scenarios written in
/// the topology files are not here; this grain is the one writer of the created ones, so two
/// hosts of a cluster cannot create the same name twice.
/// </summary>
[Alias("twin.IParkGrain")]
public interface IParkGrain : IGrainWithStringKey
{
    [Alias("Created")]
    [ReadOnly]
    Task<CreatedScenarios> Created();

    /// <summary>Adds a scenario; false (and nothing changes) when one of that name exists.</summary>
    [Alias("Add")]
    Task<bool> Add(CreatedScenario scenario);

    /// <summary>Removes a scenario; false when there is none of that name.</summary>
    [Alias("Remove")]
    Task<bool> Remove(string name);
}
