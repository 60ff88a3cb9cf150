using Twin.Domain.Accounting;
using Twin.Grains.Abstractions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Abstractions.Parks;
using Twin.Grains.Abstractions.Runs;
using Twin.Grains.Engine;
using Twin.Grains.Tests.Support;

namespace Twin.Grains.Tests;

/// <summary>
/// What the HTTP API adds to the grains: balances of many periods at once, deletion, and the
/// scenarios created for a park.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class ScenarioLifecycleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Balances_OfSeveralPeriods_EachAgreesWithTheKernel()
    {
        var park = TestParks.Mini() with { Scenario = "periods" };
        var sheet = new BalanceSheet(TestParks.KernelResult(TestParks.Mini()));
        await new GrainEngine(fixture.Client).RunAsync(park);
        var run = (await Scenario(park.Park, park.Scenario).Status()).Run;
        var node = Node(park.Park, park.Scenario, "wwtp");

        var reports = await node.Balances(run, [new StepRange(0, 31), new StepRange(31, 59), new StepRange(0, 365)]);

        Assert.NotNull(reports);
        Assert.Equal(3, reports.Length);
        Agreement.SameBalance(sheet.Node("wwtp", 0, 31), reports[0]);
        Agreement.SameBalance(sheet.Node("wwtp", 31, 59), reports[1]);
        Agreement.SameBalance(sheet.Node("wwtp", 0, 365), reports[2]);
    }

    [Fact]
    public async Task Delete_AfterRun_ForgetsTheScenarioAndItsNodes()
    {
        var park = TestParks.Mini() with { Scenario = "deleted" };
        var scenario = Scenario(park.Park, park.Scenario);
        await new GrainEngine(fixture.Client).RunAsync(park);
        var run = (await scenario.Status()).Run;
        var node = Node(park.Park, park.Scenario, "factory");

        var deletion = await scenario.Delete(park.Nodes.Select(n => n.Id).ToArray());

        Assert.True(deletion.Deleted);
        Assert.Equal(RunState.NotRun, (await scenario.Status()).State);
        Assert.Null(await scenario.Totals());
        Assert.Null(await node.Balance(run, new StepRange(0, 1)));
    }

    [Fact]
    public async Task Delete_WhileRunning_IsRefusedWithTheRunningStatus()
    {
        var park = TestParks.Weihai() with { Scenario = "delete-running" };
        var scenario = Scenario(park.Park, park.Scenario);
        var held = fixture.Gate.Arm(GrainKeys.Scenario(park.Park, park.Scenario), nth: 2);
        ScenarioDeletion deletion;
        try
        {
            var run = new GrainEngine(fixture.Client).RunAsync(park);
            await held.Held.Task.WaitAsync(TimeSpan.FromSeconds(60));
            deletion = await scenario.Delete([]);
            fixture.Gate.Disarm();
            await run;
        }
        finally
        {
            fixture.Gate.Disarm();
        }

        Assert.False(deletion.Deleted);
        Assert.Equal(RunState.Running, deletion.Status.State);
        Assert.NotNull(await scenario.Totals());
    }

    [Fact]
    public async Task ParkAdd_SameNameTwice_KeepsTheFirstAndMovesTheVersionOnce()
    {
        var park = fixture.Client.GetGrain<IParkGrain>("lifecycle-park");
        var before = await park.Created();

        var first = await park.Add(new CreatedScenario("a", "park", Overlay, DateTimeOffset.UnixEpoch));
        var second = await park.Add(new CreatedScenario("a", "park", "scenario: a\n", DateTimeOffset.UnixEpoch));
        var after = await park.Created();
        var removed = await park.Remove("a");
        var again = await park.Remove("a");

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(Overlay, Assert.Single(after.Scenarios).Overlay);
        Assert.True(removed);
        Assert.False(again);
        Assert.Empty((await park.Created()).Scenarios);
    }

    private const string Overlay = "scenario: a\nbase: park\n";

    private INodeGrain Node(string park, string scenario, string node) =>
        fixture.Client.GetGrain<INodeGrain>(GrainKeys.Node(GrainKeys.Scenario(park, scenario), node));

    private IScenarioGrain Scenario(string park, string scenario) =>
        fixture.Client.GetGrain<IScenarioGrain>(GrainKeys.Scenario(park, scenario));
}
