using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Twin.Cli.Commands;

internal sealed class SweepSettings : ScenarioSettings
{
    [CommandOption("--steps <N>")]
    [Description("Steps from zero uptake to the most the system takes (N + 1 runs).")]
    [DefaultValue(10)]
    public int Steps { get; init; } = 10;

    [CommandOption("--plant <NODE>")]
    [Description("The reclaimed-water plant to sweep; needed only when the scenario has several.")]
    public string? Plant { get; init; }

    [CommandOption("--engine <ENGINE>")]
    [Description("The simulation engine.")]
    [DefaultValue(EngineRegistry.Kernel)]
    public string Engine { get; init; } = EngineRegistry.Kernel;

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } step)
        {
            return step;
        }

        // Each step is a year's run; a hundred is already a long wait and far finer than the data.
        return Steps is >= 1 and <= 100
            ? ValidationResult.Success()
            : ValidationResult.Error($"--steps must be a whole number from 1 to 100, not {Steps}");
    }
}
