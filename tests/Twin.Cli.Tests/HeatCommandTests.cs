using System.Text.Json;

namespace Twin.Cli.Tests;

/// <summary>
/// <c>twin heat</c> on scenario waste-heat: the season report on the terminal and in
/// report.json, and the sizing questions from the command line.
/// </summary>
public sealed class HeatCommandTests : IDisposable
{
    private readonly WeihaiFolder _runs = new();

    public void Dispose() => _runs.Dispose();

    [Fact]
    public async Task Heat_WasteHeatWithOut_WritesTheSeasonReportAndBothRuns()
    {
        var folder = _runs.Folder("waste-heat");

        var result = await Cli.RunAsync("heat", WeihaiFolder.Topology, "--scenario", "waste-heat",
            "--out", folder);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("coal displaced", result.Out);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
        var root = report.RootElement;
        string[] figures = ["heat_delivered_gj", "heat_loss_gj", "coal_displaced_tce", "co2_avoided_t",
            "so2_avoided_t", "nox_avoided_t", "dust_avoided_t"];
        foreach (var name in figures)
        {
            Assert.True(root.GetProperty(name).GetDouble() > 0, name);
        }

        var segments = root.GetProperty("segments").EnumerateArray().ToArray();
        Assert.Equal(3, segments.Length);
        Assert.All(segments, s => Assert.True(s.GetProperty("loss_gj").GetDouble() > 0));
        Assert.All(segments, s => Assert.Equal(0, s.GetProperty("hours_at_capacity").GetDouble()));
        Assert.True(File.Exists(Path.Combine(folder, "run.json")));
        Assert.True(File.Exists(Path.Combine(folder, "shut", "run.json")));
    }

    [Fact]
    public async Task Heat_SupplyTemperaturesUnderALossLimit_NamesTheTemperatureThatDeliversMost()
    {
        var result = await Cli.RunAsync("heat", WeihaiFolder.Topology, "--scenario", "waste-heat",
            "--supply-temperature", "70,110", "--loss-limit", "0.5");

        // At 110 degC the pipes lose about 0.6 % of the heat sent, at 70 degC less than 0.5 %.
        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("Within 0.5 % losses, 70 degC delivers the most waste heat", result.Out);
    }

    [Fact]
    public async Task Heat_BranchShut_PrintsTheSeasonWithItShut()
    {
        var result = await Cli.RunAsync("heat", WeihaiFolder.Topology, "--scenario", "waste-heat",
            "--shut", "wh-xinli-branch");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("Season with wh-xinli-branch shut", result.Out);
        Assert.Contains(result.Out.Split('\n'),
            l => l.Contains("xinli-station: waste heat") && l.Contains("-100.00 %"));
    }

    [Theory]
    [InlineData("--shut", "wh-nowhere", "--shut wh-nowhere: not a pipeline of the waste-heat network")]
    [InlineData("--supply-temperature", "50", "is not above wh-trunk's return temperature")]
    [InlineData("--loss-limit", "1", "--loss-limit goes with --supply-temperature")]
    public async Task Heat_BadOption_ExitsTwoSayingWhy(string option, string value, string message)
    {
        var result = await Cli.RunAsync("heat", WeihaiFolder.Topology, "--scenario", "waste-heat",
            option, value);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error + result.Out);
    }

    [Fact]
    public async Task Heat_ScenarioWithoutWasteHeat_ExitsTwo()
    {
        var result = await Cli.RunAsync("heat", WeihaiFolder.Topology, "--scenario", "base-2020");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("has no waste heat sent into a heat pipeline", result.Error);
    }
}
