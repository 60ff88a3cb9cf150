using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Twin.Grains.Hosting;

public static class TwinSiloBuilderExtensions
{
    /// <summary>
    /// Stores the twin's grain state with the Orleans binary serializer instead of the default
    /// JSON: a node's state is whole series of doubles, which JSON makes several times larger
    /// and slower, and the state types' [Id]s keep the rows readable as the types evolve.
    /// Applies to whatever provider the host registers under <see cref="TwinStorage.Name"/>.
    /// </summary>
    public static ISiloBuilder AddTwinStateSerializer(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);

        silo.Services.AddKeyedSingleton<IGrainStorageSerializer>(TwinStorage.Name,
            (services, _) => new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()));
        return silo;
    }

    /// <summary>Keeps the twin's grain state in memory: lost when the silo stops.</summary>
    public static ISiloBuilder AddTwinMemoryStorage(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);

        return silo.AddTwinStateSerializer().AddMemoryGrainStorage(TwinStorage.Name);
    }
}
