namespace Twin.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly ParkFolder _park = new();

    public void Dispose() => _park.Dispose();

    [Fact]
    public async Task Validate_MiniPark_ExitsZeroWithSummary()
    {
        var result = await Cli.RunAsync("validate", _park.ParkFile);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("valid: park 'mini', 12 nodes, 37 connections, 1 scenario", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Validate_UnknownKind_ExitsTwoWithPathLineAndNode()
    {
        _park.Text = _park.Text.Replace("kind: water-works", "kind: water-wonders");
        var line = _park.LineOf("id: works");

        var result = await Cli.RunAsync("validate", _park.ParkFile);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(result.ErrorLines,
            l => l.StartsWith($"{_park.ParkFile}:{line}: node 'works': unknown kind 'water-wonders'"));
    }

    [Fact]
    public async Task Validate_TwoProblems_ReportsEachOnItsOwnLine()
    {
        _park.Text = _park.Text.Replace("kind: water-works", "kind: water-wonders")
            .Replace("electricity: 100 GWh/yr", "electricity: 100 kg/yr");
        var parameterLine = _park.LineOf("electricity: 100 kg/yr");

        var result = await Cli.RunAsync("validate", _park.ParkFile);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains(": node 'works': unknown kind"));
        Assert.Contains(result.ErrorLines,
            l => l.StartsWith($"{_park.ParkFile}:{parameterLine}: node 'factory': parameter 'electricity'"));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        var result = await Cli.RunAsync("validate", _park.Folder("no-such-park.yaml"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no such file or folder", result.Error);
    }

    [Fact]
    public async Task Validate_NoTopologyArgument_ExitsTwo()
    {
        var result = await Cli.RunAsync("validate");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("topology", result.Error);
    }
}
