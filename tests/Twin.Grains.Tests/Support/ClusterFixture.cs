using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using Twin.Grains.Hosting;

namespace Twin.Grains.Tests.Support;

/// <summary>
/// Three in-process silos sharing one grain store that outlives each of them, with the
/// evaluation gate in every silo. Shared by every cluster test: starting a cluster costs more
/// than most tests.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int SiloCount = 3;

    private readonly SharedGrainStorage.Rows _rows = new();
    private readonly EvaluationGate _gate = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    internal EvaluationGate Gate => _gate;

    internal SharedGrainStorage.Rows Rows => _rows;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(SiloCount);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddTwinStateSerializer();
            silo.Services.AddGrainStorage(TwinStorage.Name, (services, name) => new SharedGrainStorage(
                _rows, services.GetRequiredKeyedService<IGrainStorageSerializer>(name)));
            silo.Services.AddSingleton<IIncomingGrainCallFilter>(services =>
                new EvaluationGateFilter(_gate, services.GetRequiredService<ILocalSiloDetails>()));

            // A killed silo is declared dead after a few seconds instead of the default quarter
            // minute; slow enough that a busy test machine does not lose a live silo.
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(2);
                o.NumMissedProbesLimit = 3;
            });

            // A call in flight to a killed silo fails after this instead of the default 30 s, so a
            // fault test's failure and retry fit its patience even on a loaded machine.
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
        });

        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Starts silos until there are three again, after a test killed one.</summary>
    public async Task RestoreAsync()
    {
        var missing = SiloCount - Cluster.GetActiveSilos().Count();
        for (var i = 0; i < missing; i++)
        {
            await Cluster.StartAdditionalSiloAsync();
        }

        if (missing > 0)
        {
            await Cluster.WaitForLivenessToStabilizeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        _gate.Disarm();
        await Cluster.DisposeAsync();
    }
}
