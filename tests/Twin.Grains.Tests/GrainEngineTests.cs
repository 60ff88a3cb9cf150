using Twin.Domain.Simulation;
using Twin.Grains.Engine;
using Twin.Grains.Tests.Support;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class GrainEngineTests(ClusterFixture fixture)
{
    [Fact]
    public async Task RunAsync_MiniPark_AgreesWithKernel()
    {
        var park = TestParks.Mini();

        var grains = await new GrainEngine(fixture.Client).RunAsync(park);

        Agreement.SameRun(TestParks.KernelResult(park), grains);
    }

    [Fact]
    public async Task RunAsync_MiniParkHourly_AgreesWithKernel()
    {
        var park = TestParks.Mini("hourly");

        var grains = await new GrainEngine(fixture.Client).RunAsync(park);

        Assert.Equal(8760, grains.Park.Horizon.Steps);
        Agreement.SameRun(TestParks.KernelResult(park), grains);
    }

    [Theory]
    [MemberData(nameof(WeihaiScenarios))]
    public async Task RunAsync_WeihaiScenario_AgreesWithKernel(string scenario)
    {
        var park = TestParks.Weihai(scenario);

        var grains = await new GrainEngine(fixture.Client).RunAsync(park);

        Agreement.SameRun(TestParks.KernelResult(park), grains);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RunAsync_RandomSyntheticPark_AgreesWithKernel(int seed)
    {
        // Synthetic parks (SyntheticPark: districts with loops through WWTPs and heat networks,
        // parameters drawn at random within physical ranges) stand for random topologies.
        var horizon = new Twin.Domain.Model.Horizon(new DateOnly(2020, 1, 1), 60, Twin.Domain.Model.StepLength.Day);
        var park = Twin.Domain.Synthetic.SyntheticPark.Generate(60, horizon, seed) with { Scenario = $"random-{seed}" };

        var grains = await new GrainEngine(fixture.Client).RunAsync(park);

        Agreement.SameRun(TestParks.KernelResult(park), grains);
    }

    [Fact]
    public async Task RunAsync_Twice_SecondRunAgreesWithKernel()
    {
        var park = TestParks.Mini();
        var engine = new GrainEngine(fixture.Client);

        await engine.RunAsync(park);
        var second = await engine.RunAsync(park);

        Agreement.SameRun(TestParks.KernelResult(park), second);
    }

    [Fact]
    public async Task RunAsync_ReportsSweeps_UpToTheLast()
    {
        var park = TestParks.Mini();
        var seen = new List<RunProgress>();

        var result = await new GrainEngine(fixture.Client).RunAsync(park, new SynchronousProgress(seen.Add));

        Assert.NotEmpty(seen);
        Assert.Equal(result.Sweeps, seen[^1].Sweep);
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.Sweep < p.Second.Sweep), "sweeps go up");
    }

    [Fact]
    public async Task RunAsync_TooFewSweeps_ThrowsTheKernelsConvergenceException()
    {
        var park = TestParks.Weihai();
        var options = new SimulationOptions(MaxSweeps: 3);
        var kernel = await Assert.ThrowsAsync<ConvergenceException>(() => new KernelEngine(options).RunAsync(park));

        var grains = await Assert.ThrowsAsync<ConvergenceException>(
            () => new GrainEngine(fixture.Client, options).RunAsync(park));

        Assert.Equal(kernel.Sweeps, grains.Sweeps);
        Assert.Equal(kernel.Connections, grains.Connections);
        Agreement.Close(kernel.Change, grains.Change, "largest change");
    }

    public static TheoryData<string> WeihaiScenarios() => new(TestParks.WeihaiScenarios());

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so nothing is missed.</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
