using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Twin.Cli.Commands;

internal sealed class BenchSettings : TwinSettings
{
    [CommandOption("--topology <TOPOLOGY>")]
    [Description("The real park to time at hourly steps for a year.")]
    [DefaultValue("topology/weihai-etdz")]
    public string Topology { get; init; } = "topology/weihai-etdz";

    [CommandOption("--scenario <NAME>")]
    [DefaultValue("base-2020")]
    public string Scenario { get; init; } = "base-2020";

    [CommandOption("--nodes <COUNTS>")]
    [Description("Sizes of the synthetic parks, comma-separated (one year at daily steps each).")]
    [DefaultValue("1000,10000")]
    public string Nodes { get; init; } = "1000,10000";

    [CommandOption("--engines <NAMES>")]
    [Description("Engines to time, comma-separated.")]
    [DefaultValue("kernel")]
    public string Engines { get; init; } = "kernel";

    public IReadOnlyList<int> NodeCounts =>
        Nodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(int.Parse).ToArray();

    public IReadOnlyList<string> EngineNames =>
        Engines.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override ValidationResult Validate() =>
        Nodes.Split(',', StringSplitOptions.RemoveEmptyEntries).All(n => int.TryParse(n, out var c) && c >= 20)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--nodes must be whole numbers of at least 20, not '{Nodes}'");
}
