using Twin.Domain.Accounting;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Abstractions.Runs;
using Twin.Grains.Engine;
using Twin.Grains.Mapping;
using Twin.Grains.Tests.Support;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class ScenarioGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_WhileRunning_RefusesWithTheRunningRun()
    {
        var park = TestParks.Weihai() with { Scenario = "refusal" };
        var scenario = Scenario(park);
        var held = fixture.Gate.Arm(GrainKeys.Scenario(park.Park, park.Scenario), nth: 3);
        try
        {
            var first = await scenario.Start(Request(park));
            await held.Held.Task.WaitAsync(Patience);

            var second = await scenario.Start(Request(park));

            Assert.Equal(RunStartOutcome.Started, first.Outcome);
            Assert.Equal(RunStartOutcome.AlreadyRunning, second.Outcome);
            Assert.Equal(first.Run, second.Run);
            Assert.Equal(RunState.Running, second.Status.State);
        }
        finally
        {
            fixture.Gate.Disarm();
        }

        var status = await Ended(scenario);
        Assert.Equal(RunState.Completed, status.State);
    }

    [Fact]
    public async Task Start_TwoScenariosOverlapping_EachAgreesWithKernel()
    {
        var held = TestParks.Weihai() with { Scenario = "overlap-held" };
        var free = TestParks.Mini() with { Scenario = "overlap-free" };
        var gate = fixture.Gate.Arm(GrainKeys.Scenario(held.Park, held.Scenario), nth: 5);
        Task<SimulationResult> heldRun;
        SimulationResult freeResult;
        try
        {
            heldRun = new GrainEngine(fixture.Client).RunAsync(held);
            await gate.Held.Task.WaitAsync(Patience);

            freeResult = await new GrainEngine(fixture.Client).RunAsync(free);
        }
        finally
        {
            fixture.Gate.Disarm();
        }

        var heldResult = await heldRun;
        Agreement.SameRun(TestParks.KernelResult(TestParks.Weihai()), heldResult);
        Agreement.SameRun(TestParks.KernelResult(TestParks.Mini()), freeResult);
    }

    [Fact]
    public async Task Results_AfterRun_ServeTheKernelsTotalsFlowsAndBalances()
    {
        var park = TestParks.Weihai();
        var kernel = RunReport.From(TestParks.KernelResult(park));
        var scenario = Scenario(park);

        await new GrainEngine(fixture.Client).RunAsync(park);
        var totals = await scenario.Totals();
        var flows = await scenario.Flows();
        var balances = await scenario.Balances();

        Assert.NotNull(totals);
        Assert.NotNull(flows);
        Assert.NotNull(balances);
        Agreement.SameTotals(kernel.Totals, totals.Totals);
        Assert.Equal(park.Connections.Count, flows.Rows.Length);
        foreach (var (edge, row) in kernel.Result.Edges.Zip(flows.Rows))
        {
            Assert.Equal((edge.Connection.From, edge.Connection.To, edge.Carrier.Id),
                (row.From, row.To, row.Carrier));
            Agreement.Close(edge.Total, row.Amount, edge.Connection.Key);
        }

        foreach (var (node, report) in kernel.Nodes.Zip(balances.Nodes))
        {
            Agreement.SameBalance(node, report);
        }
    }

    [Fact]
    public async Task Balance_OfAPeriod_AgreesWithTheKernelsBalanceSheet()
    {
        var park = TestParks.Weihai();
        var sheet = new BalanceSheet(TestParks.KernelResult(park));
        var scenarioId = GrainKeys.Scenario(park.Park, park.Scenario);

        await new GrainEngine(fixture.Client).RunAsync(park);
        var run = (await Scenario(park).Status()).Run;

        foreach (var node in park.Nodes)
        {
            var grain = fixture.Client.GetGrain<INodeGrain>(GrainKeys.Node(scenarioId, node.Id));
            var report = await grain.Balance(run, new StepRange(31, 59));

            Assert.NotNull(report);
            Agreement.SameBalance(sheet.Node(node.Id, 31, 59), report);
        }
    }

    [Fact]
    public async Task Balance_OfAnotherRun_IsNull()
    {
        var park = TestParks.Mini();
        await new GrainEngine(fixture.Client).RunAsync(park);
        var status = await Scenario(park).Status();
        var node = fixture.Client.GetGrain<INodeGrain>(GrainKeys.Node(status.Scenario, "factory"));

        var report = await node.Balance(status.Run + 1, new StepRange(0, 1));

        Assert.Null(report);
    }

    [Fact]
    public async Task Cancel_DuringRun_EndsCancelledWithoutResults()
    {
        var park = TestParks.Weihai() with { Scenario = "cancelled" };
        var scenario = Scenario(park);
        var held = fixture.Gate.Arm(GrainKeys.Scenario(park.Park, park.Scenario), nth: 2);
        RunStart start;
        bool cancelled;
        try
        {
            start = await scenario.Start(Request(park));
            await held.Held.Task.WaitAsync(Patience);
            cancelled = await scenario.Cancel(start.Run);
        }
        finally
        {
            fixture.Gate.Disarm();
        }

        var status = await Ended(scenario);
        Assert.True(cancelled);
        Assert.Equal(RunState.Cancelled, status.State);
        Assert.Null(await scenario.Totals());
        Assert.Null(await scenario.Result(start.Run));
    }

    private IScenarioGrain Scenario(Twin.Domain.Model.ParkModel park) =>
        fixture.Client.GetGrain<IScenarioGrain>(GrainKeys.Scenario(park.Park, park.Scenario));

    private static SimulationOptions Defaults => SimulationOptions.Default;

    private static RunRequest Request(Twin.Domain.Model.ParkModel park) =>
        new(ParkMapping.ToDefinition(park), null, Defaults.Tolerance, Defaults.MaxSweeps);

    private static Task<ScenarioStatus> Ended(IScenarioGrain scenario) =>
        Eventually.Until(scenario.Status, s => s.State != RunState.Running, Patience, "the run's end");

}
