namespace Twin.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly ParkFolder _park = new();

    public void Dispose() => _park.Dispose();

    private async Task<string> RunAsync(string name, string step)
    {
        var folder = _park.Folder(name);
        var result = await Cli.RunAsync("run", _park.ParkFile, "--scenario", "hourly", "--out", folder,
            "--step", step);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        return folder;
    }

    [Fact]
    public async Task Compare_DayAndHourRuns_ExitsZeroAndPrintsTotalsOfBoth()
    {
        var day = await RunAsync("day", "day");
        var hour = await RunAsync("hour", "hour");

        var result = await Cli.RunAsync("compare", day, hour);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"A: {day}: scenario 'hourly' (2020), 365 days at one day per step", result.Out);
        Assert.Contains($"B: {hour}: scenario 'hourly' (2020), 365 days at one hour per step", result.Out);
        Assert.Contains("fresh_water_t", result.Out);
        Assert.Contains("delta %", result.Out);
        Assert.Contains("No node's water or energy in or out changed by more than 0.1 %", result.Out);
    }

    [Fact]
    public async Task Compare_MoreWaterAtTheFactory_ListsTheFactory()
    {
        var before = await RunAsync("before", "day");
        _park.Text = _park.Text.Replace("water_use: 3 Mt/yr", "water_use: 3.3 Mt/yr");
        var after = await RunAsync("after", "day");

        var result = await Cli.RunAsync("compare", before, after);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(result.Out.Split('\n'), l => l.TrimStart().StartsWith("factory ") && l.Contains("water"));
        Assert.DoesNotContain(result.Out.Split('\n'), l => l.TrimStart().StartsWith("grid "));
    }

    [Fact]
    public async Task Compare_FolderWithoutRun_ExitsTwo()
    {
        var day = await RunAsync("day", "day");
        Directory.CreateDirectory(_park.Folder("empty"));

        var result = await Cli.RunAsync("compare", day, _park.Folder("empty"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no run.json", result.Error);
    }

    [Fact]
    public async Task Compare_MissingFolder_ExitsTwo()
    {
        var result = await Cli.RunAsync("compare", _park.Folder("a"), _park.Folder("b"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no such folder", result.Error);
    }

    [Fact]
    public async Task Compare_TruncatedBalance_ExitsTwoNamingTheFile()
    {
        var day = await RunAsync("day", "day");
        var balance = Path.Combine(day, "balance.json");
        File.WriteAllText(balance, File.ReadAllText(balance)[..200]);

        var result = await Cli.RunAsync("compare", day, day);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{balance}: cannot be read", result.Error);
    }
}
