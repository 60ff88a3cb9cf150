using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Twin.Cli.Commands;

internal sealed class CapacitySettings : TwinSettings
{
    [CommandArgument(0, "<topology>")]
    [Description("A topology folder (park.yaml and scenarios/) or a single park file.")]
    public string Topology { get; init; } = "";

    [CommandOption("--scenario <NAME>", isRequired: true)]
    [Description("The scenario whose plants and pipes to use.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--from <NODE>", isRequired: true)]
    [Description("The supplying node, e.g. etdz-wwtp.")]
    public string From { get; init; } = "";

    [CommandOption("--to <NODE>", isRequired: true)]
    [Description("The receiving node, e.g. botong.")]
    public string To { get; init; } = "";

    [CommandOption("--carrier <CARRIER>")]
    [Description("A carrier the path may use; repeat for several. Default: every water supply, "
        + "effluent and heat carrier.")]
    public string[] Carriers { get; init; } = [];

    public override ValidationResult Validate() =>
        From == To ? ValidationResult.Error("--from and --to name the same node") : ValidationResult.Success();
}
