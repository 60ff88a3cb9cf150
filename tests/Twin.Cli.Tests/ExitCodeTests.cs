using Twin.Domain.Simulation;

namespace Twin.Cli.Tests;

public sealed class ExitCodeTests : IDisposable
{
    private readonly ParkFolder _park = new();

    public void Dispose() => _park.Dispose();

    private string[] Run(params string[] extra) =>
        ["run", _park.ParkFile, "--scenario", "hourly", "--out", _park.Folder("run"), "--step", "day", .. extra];

    [Fact]
    public async Task Run_UnknownEngine_ExitsTwoNamingTheKnownOnes()
    {
        var result = await Cli.RunAsync(Run("--engine", "actors"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("unknown engine 'actors' (known: grains, kernel)", result.Error);
        Assert.False(Directory.Exists(_park.Folder("run")));
    }

    [Fact]
    public async Task Run_UnknownScenario_ExitsTwoWithTheIssue()
    {
        var result = await Cli.RunAsync("run", _park.ParkFile, "--scenario", "nope", "--out", _park.Folder("run"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith($"{_park.ParkFile}:1: scenario 'nope': unknown scenario", result.ErrorLines[0]);
    }

    [Fact]
    public async Task Run_InvalidTopology_ExitsTwoAndWritesNothing()
    {
        _park.Text = _park.Text.Replace("kind: water-works", "kind: water-wonders");

        var result = await Cli.RunAsync(Run());

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains(": node 'works': unknown kind 'water-wonders'"));
        Assert.False(Directory.Exists(_park.Folder("run")));
    }

    [Theory]
    [InlineData("--step", "week")]
    [InlineData("--no-such-option", "x")]
    public async Task Run_BadOption_ExitsTwo(string option, string value)
    {
        var result = await Cli.RunAsync(Run(option, value));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
    }

    [Fact]
    public async Task Run_NoOutOption_ExitsTwo()
    {
        var result = await Cli.RunAsync("run", _park.ParkFile, "--scenario", "hourly");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("out", result.Error);
    }

    [Fact]
    public async Task Run_OutIsAFile_ExitsTwo()
    {
        File.WriteAllText(_park.Folder("run"), "");

        var result = await Cli.RunAsync(Run());

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("is a file, not a folder", result.Error);
    }

    [Fact]
    public async Task Run_EngineDoesNotConverge_ExitsOneWithItsMessage()
    {
        var engines = ThrowingEngine.Registry(() => new ConvergenceException(400, 0.02, ["a->b:heat"]));

        var result = await Cli.RunAsync(engines, Run("--engine", ThrowingEngine.Name));

        Assert.Equal(ExitCodes.InternalFailure, result.ExitCode);
        Assert.Contains("twin: flows did not converge after 400 sweeps", result.Error);
        Assert.Contains("a->b:heat", result.Error);
    }

    [Fact]
    public async Task Run_EngineFailsUnexpectedly_ExitsOneWithTypeAndNoStackTrace()
    {
        var engines = ThrowingEngine.Registry(() => new InvalidOperationException("the kettle boiled dry"));

        var result = await Cli.RunAsync(engines, Run("--engine", ThrowingEngine.Name));

        Assert.Equal(ExitCodes.InternalFailure, result.ExitCode);
        Assert.Contains("the kettle boiled dry (System.InvalidOperationException)", result.ErrorLines[0]);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(Path.Combine(_park.Folder("run"), "run.json")));
    }

    [Fact]
    public async Task Run_EngineFailsWithDebug_PrintsTheStackTrace()
    {
        var engines = ThrowingEngine.Registry(() => new InvalidOperationException("the kettle boiled dry"));

        var result = await Cli.RunAsync(engines, Run("--engine", ThrowingEngine.Name, "--debug"));

        Assert.Equal(ExitCodes.InternalFailure, result.ExitCode);
        Assert.Contains("   at ", result.Error);
    }

    [Fact]
    public async Task UnknownVerb_ExitsTwo()
    {
        var result = await Cli.RunAsync("simulate", _park.ParkFile);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
    }
}
