using System.ComponentModel;
using Spectre.Console.Cli;

namespace Twin.Cli.Commands;

internal sealed class CompareSettings : TwinSettings
{
    [CommandArgument(0, "<dirA>")]
    [Description("The folder of the first run (the reference).")]
    public string A { get; init; } = "";

    [CommandArgument(1, "<dirB>")]
    [Description("The folder of the second run.")]
    public string B { get; init; } = "";
}
