using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Runs;
using Twin.Grains.Engine;
using Twin.Grains.Mapping;
using Twin.Grains.Tests.Support;

namespace Twin.Grains.Tests;

/// <summary>
/// A silo dies in the middle of a run. The run must end in a clear failure, never in results
/// that look complete; a retry on the surviving silos must give the undisturbed results.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class SiloFaultTests(ClusterFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public Task InitializeAsync() => fixture.RestoreAsync();

    public Task DisposeAsync() => fixture.RestoreAsync();

    [Fact]
    public async Task KillSilo_OfTheRunningScenario_EndsFailedAndRetryAgreesWithKernel()
    {
        var park = TestParks.Weihai() with { Scenario = "silo-killed" };
        var scenario = Scenario(park);
        var held = fixture.Gate.Arm(GrainKeys.Scenario(park.Park, park.Scenario), nth: 40);
        try
        {
            await scenario.Start(Request(park));
            var silo = await held.Held.Task.WaitAsync(Patience);
            var scenarioSilo = await Management().GetActivationAddress(scenario);

            Assert.Equal(silo, scenarioSilo);
            await fixture.Cluster.KillSiloAsync(fixture.Cluster.GetSiloForAddress(silo)!);
        }
        finally
        {
            fixture.Gate.Disarm();
        }

        var status = await Eventually.Until(scenario.Status, s => s.State != RunState.Running, Patience,
            "the killed run's failure");
        Assert.Equal(RunState.Failed, status.State);

        // Interrupted when the dying silo could not store the failure it saw, Error when it could.
        FailureKind[] clear = [FailureKind.Interrupted, FailureKind.Error];
        Assert.NotNull(status.Failure);
        Assert.Contains(status.Failure.Kind, clear);
        Assert.Null(await scenario.Totals());

        var retry = await new GrainEngine(fixture.Client).RunAsync(park);
        Agreement.SameRun(TestParks.KernelResult(TestParks.Weihai()), retry);
    }

    [Fact]
    public async Task KillSilo_HostingItsNodes_EndsFailedAndRetryAgreesWithKernel()
    {
        var park = TestParks.Mini() with { Scenario = "nodes-killed" };
        var scenario = Scenario(park);
        var scenarioId = GrainKeys.Scenario(park.Park, park.Scenario);
        var nodeSilo = await PlaceNodesAwayFromScenarioAsync(park, scenario);
        var held = fixture.Gate.Arm(scenarioId, nth: 1);
        try
        {
            await scenario.Start(Request(park));
            var silo = await held.Held.Task.WaitAsync(Patience);

            Assert.Equal(nodeSilo, silo);
            await fixture.Cluster.KillSiloAsync(fixture.Cluster.GetSiloForAddress(silo)!);
        }
        finally
        {
            fixture.Gate.Disarm();
        }

        var status = await Eventually.Until(scenario.Status, s => s.State != RunState.Running, Patience,
            "the run's failure");
        Assert.Equal(RunState.Failed, status.State);
        Assert.NotNull(status.Failure);
        Assert.Null(await scenario.Totals());

        var retry = await new GrainEngine(fixture.Client).RunAsync(park);
        Agreement.SameRun(TestParks.KernelResult(TestParks.Mini()), retry);
    }

    /// <summary>
    /// Runs the park once so that its node grains exist, then moves the scenario grain to a
    /// silo other than theirs. Node grains are placed beside their caller, so this is the one
    /// way a run's nodes live on another silo than its scenario: they outlived a move of it.
    /// </summary>
    private async Task<SiloAddress> PlaceNodesAwayFromScenarioAsync(ParkModel park, IScenarioGrain scenario)
    {
        await new GrainEngine(fixture.Client).RunAsync(park);
        var nodes = await Management().GetActivationAddress(fixture.Client.GetGrain<INodeGrain>(
            GrainKeys.Node(GrainKeys.Scenario(park.Park, park.Scenario), park.Nodes[0].Id)));
        var elsewhere = fixture.Cluster.GetActiveSilos().First(s => s.SiloAddress != nodes).SiloAddress;

        await fixture.Cluster.MigrateAsync(scenario, elsewhere);
        await Eventually.Until(async () => await Management().GetActivationAddress(scenario),
            at => at == elsewhere, Patience, "the scenario's move");
        return nodes!;
    }

    private IManagementGrain Management() => fixture.Client.GetGrain<IManagementGrain>(0);

    private IScenarioGrain Scenario(ParkModel park) =>
        fixture.Client.GetGrain<IScenarioGrain>(GrainKeys.Scenario(park.Park, park.Scenario));

    private static SimulationOptions Defaults => SimulationOptions.Default;

    private static RunRequest Request(ParkModel park) =>
        new(ParkMapping.ToDefinition(park), null, Defaults.Tolerance, Defaults.MaxSweeps);
}
