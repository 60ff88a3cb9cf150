using Twin.Domain.Processes;
using Twin.Domain.Simulation;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Simulation;

/// <summary>
/// The kernel's sweeps to a fixed point on the design's water loop: a factory's wastewater
/// goes to a WWTP, whose effluent a reclaimed-water plant turns back into the factory's water,
/// and the plant's concentrate goes back to the WWTP.
/// </summary>
public sealed class KernelEngineTests
{
    [Fact]
    public void Run_WaterLoop_ConvergesToTheHandFixedPoint()
    {
        var run = LoopPark().Run();

        // reclaimed = plant capacity 3000 t; fresh = 10000 - 3000 = 7000 t;
        // plant intake = 3000 / 0.625 = 4800 t, concentrate = 4800 - 3000 = 1800 t;
        // WWTP inflow = 8000 + 1800 = 9800 t, sludge water = 9800 * 0.7 kg/t * 0.8 = 5.488 t,
        // effluent = 9800 - 5.488 = 9794.512 t, of which 9794.512 - 4800 = 4994.512 t to the sea
        Expect.EveryStep(3000, run.Flow("reclaim", "factory", "reclaimed-water"));
        Expect.EveryStep(7000, run.Flow("reservoir", "factory", "fresh-water"));
        Expect.EveryStep(1800, run.Flow("reclaim", "wwtp", "concentrate"));
        Expect.EveryStep(4994.512, run.Flow("wwtp", "sea", "effluent"));
    }

    [Fact]
    public void Run_WaterLoop_ReportsOneLoopAndFewSweeps()
    {
        var run = LoopPark().Run();

        // Each pass round the loop returns only part of the water, so the change shrinks
        // geometrically and a handful of sweeps reach the 1e-12 tolerance (7 when written).
        Assert.Equal(1, run.Result.Loops);
        Assert.InRange(run.Result.Sweeps, 3, 30);
    }

    [Fact]
    public void Run_WaterLoop_BalancesEveryNodeAtEveryStep()
    {
        var run = LoopPark().Run();

        var worst = run.Balance.WorstStep();

        Assert.True(worst.Residual <= Expect.Relative, $"{worst}");
        foreach (var node in new[] { "factory", "wwtp", "reclaim" })
        {
            Expect.Balanced(run, node);
        }
    }

    [Fact]
    public void Run_TwoSweepsAllowed_ThrowsConvergenceExceptionNamingTheConnection()
    {
        var park = LoopPark().Build();

        var error = Assert.Throws<ConvergenceException>(
            () => ParkRun.Of(park, new SimulationOptions(MaxSweeps: 2)));

        Assert.Equal(2, error.Sweeps);
        Assert.True(error.Change > 1e-12, $"change {error.Change}");
        var connection = Assert.Single(error.Connections);
        Assert.Contains(park.Connections, c => c.Key == connection);
        Assert.StartsWith("flows did not converge after 2 sweeps: the largest relative change was ",
            error.Message, StringComparison.Ordinal);
        Assert.EndsWith($" on {connection}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LooserTolerance_NeedsNoMoreSweeps()
    {
        var strict = LoopPark().Run();
        var loose = LoopPark().Run(new SimulationOptions(Tolerance: 1e-6));

        Assert.True(loose.Result.Sweeps <= strict.Result.Sweeps,
            $"{loose.Result.Sweeps} > {strict.Result.Sweeps}");
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        var network = ParkNetwork.Build(LoopPark().Build(), ProcessCatalog.Default);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(
            () => new KernelEngine().Run(network, null, cancellation.Token));
    }

    [Fact]
    public void Run_Progress_ReportsEverySweep()
    {
        var network = ParkNetwork.Build(LoopPark().Build(), ProcessCatalog.Default);
        var reports = new List<RunProgress>();

        var result = new KernelEngine().Run(network, new Recorder(reports));

        Assert.Equal(Enumerable.Range(1, result.Sweeps), reports.Select(r => r.Sweep));
        Assert.True(reports[^1].Change <= SimulationOptions.Default.Tolerance);
    }

    private static ParkBuilder LoopPark() => new ParkBuilder()
        .Horizon(5)
        .Boundary("reservoir").Boundary("sea").Boundary("air").Boundary("grid").Boundary("buyer")
        .Node("factory", "enterprise", ("water_use", "10000 t/d"), ("wastewater", "8000 t/d"))
        .Text("water_quality", "process")
        .Connect("reservoir", "factory", "fresh-water")
        .Connect("reclaim", "factory", "reclaimed-water")
        .Connect("factory", "wwtp", "wastewater")
        .Connect("factory", "wwtp", "cod")
        .Connect("factory", "wwtp", "nh3n")
        .Connect("factory", "air", "evaporation")
        .Node("wwtp", "wwtp", ("capacity", "20000 t/d"))
        .Connect("grid", "wwtp", "electricity")
        .Connect("wwtp", "reclaim", "effluent")
        .WwtpOutlets()
        .Node("reclaim", "reclaimed-water-plant", ("capacity", "3000 t/d"))
        .Connect("grid", "reclaim", "electricity")
        .Connect("reclaim", "wwtp", "concentrate")
        .Connect("reclaim", "air", "heat-loss");

    /// <summary>Records progress synchronously (Progress&lt;T&gt; would post to a context).</summary>
    private sealed class Recorder(List<RunProgress> reports) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => reports.Add(value);
    }
}
