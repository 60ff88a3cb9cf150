using System.ComponentModel;
using Spectre.Console.Cli;

namespace Twin.Cli.Commands;

internal sealed class RunSettings : ScenarioSettings
{
    [CommandOption("--out <DIR>", isRequired: true)]
    [Description("The folder to write the run's files into; created when missing.")]
    public string Out { get; init; } = "";

    [CommandOption("--engine <ENGINE>")]
    [Description("grains (an Orleans silo in this process, the default) or kernel (a plain loop).")]
    [DefaultValue(EngineRegistry.Grains)]
    public string Engine { get; init; } = EngineRegistry.Grains;
}
