using System.ComponentModel;
using Spectre.Console.Cli;

namespace Twin.Cli.Commands;

internal sealed class ValidateSettings : TwinSettings
{
    [CommandArgument(0, "<topology>")]
    [Description("A topology folder (park.yaml and scenarios/) or a single park file.")]
    public string Topology { get; init; } = "";
}
