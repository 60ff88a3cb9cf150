using System.Text.Json;

namespace Twin.Cli.Tests;

/// <summary>
/// <c>twin run</c> and <c>twin compare</c> on the plan's horizons: plan-2023 runs base-2020 as its
/// baseline, and the comparison leads with the totals the plan's targets are about.
/// </summary>
public sealed class PlanRunTests : IDisposable
{
    private readonly WeihaiFolder _runs = new();

    public void Dispose() => _runs.Dispose();

    [Fact]
    public async Task Run_Plan2023_RunsBase2020AsBaselineAndComparesWithIt()
    {
        var base2020 = _runs.Folder("base-2020");
        var plan = _runs.Folder("plan-2023");
        await RunAsync("base-2020", base2020);

        var result = await RunAsync("plan-2023", plan);

        Assert.Contains("Baseline: scenario 'base-2020' (2020)", result.Out);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(plan, "run.json")));
        var baseline = manifest.RootElement.GetProperty("baseline");
        Assert.Equal("base-2020", baseline.GetProperty("scenario").GetString());

        var compare = await Cli.RunAsync("compare", base2020, plan);
        Assert.Equal(ExitCodes.Ok, compare.ExitCode);
        Assert.Contains("Changes that matter (B - A)", compare.Out);
        Assert.DoesNotContain("over different periods", compare.Out);
        Assert.Contains(compare.Out.Split('\n'),
            l => l.TrimStart().StartsWith("reclaimed_water_t ") && l.Contains("1,500,000"));
    }

    [Fact]
    public async Task Compare_SeasonAgainstAYear_WarnsThatThePeriodsDiffer()
    {
        var season = _runs.Folder("waste-heat");
        var year = _runs.Folder("base-2020");
        await RunAsync("waste-heat", season);
        await RunAsync("base-2020", year);

        var result = await Cli.RunAsync("compare", year, season);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("warning: A covers 365 days from 01-01, B 137 days from 11-15", result.Out);
    }

    private static async Task<CliResult> RunAsync(string scenario, string folder)
    {
        var result = await Cli.RunAsync("run", WeihaiFolder.Topology, "--scenario", scenario,
            "--out", folder);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        return result;
    }
}
