namespace Twin.Cli.Tests;

/// <summary><c>twin sweep</c> on the reclaimed-water scenarios of the Weihai park.</summary>
public sealed class SweepCommandTests
{
    [Fact]
    public async Task Sweep_Reclaimed2023_FindsBotongsMakeUpAndNamesDemand()
    {
        var result = await Cli.RunAsync("sweep", WeihaiFolder.Topology, "--scenario", "reclaimed-2023",
            "--steps", "2");

        // Botong's make-up, 3.0 Mt/yr (docs/calibration.md), is all its users need.
        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("The most the system takes: 3,000,000 t (8,219 t/d). Binding: demand", result.Out);
        Assert.Contains("1,500,000", result.Out);
        Assert.Contains("effluent to sea t", result.Out);
    }

    [Fact]
    public async Task Sweep_ScenarioWithoutReclaimedWaterPlant_ExitsTwo()
    {
        var result = await Cli.RunAsync("sweep", WeihaiFolder.Topology, "--scenario", "base-2020");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("has no reclaimed-water-plant", result.Error);
    }

    [Fact]
    public async Task Sweep_ZeroSteps_ExitsTwo()
    {
        var result = await Cli.RunAsync("sweep", WeihaiFolder.Topology, "--scenario", "reclaimed-2023",
            "--steps", "0");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--steps must be a whole number from 1 to 100", result.Error + result.Out);
    }
}
