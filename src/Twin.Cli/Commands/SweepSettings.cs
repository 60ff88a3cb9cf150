using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Twin.Domain.Model;

namespace Twin.Cli.Commands;

internal sealed class SweepSettings : TwinSettings
{
    [CommandArgument(0, "<topology>")]
    [Description("A topology folder (park.yaml and scenarios/) or a single park file.")]
    public string Topology { get; init; } = "";

    [CommandOption("--scenario <NAME>", isRequired: true)]
    [Description("A scenario with a reclaimed-water plant, e.g. reclaimed-2023.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--steps <N>")]
    [Description("Steps from zero uptake to the most the system takes (N + 1 runs).")]
    [DefaultValue(10)]
    public int Steps { get; init; } = 10;

    [CommandOption("--plant <NODE>")]
    [Description("The reclaimed-water plant to sweep; needed only when the scenario has several.")]
    public string? Plant { get; init; }

    [CommandOption("--step <STEP>")]
    [Description("hour or day; overrides the scenario's step.")]
    public string? Step { get; init; }

    [CommandOption("--engine <ENGINE>")]
    [Description("The simulation engine.")]
    [DefaultValue(EngineRegistry.Kernel)]
    public string Engine { get; init; } = EngineRegistry.Kernel;

    public StepLength? StepOverride => Step?.ToLowerInvariant() switch
    {
        "hour" => StepLength.Hour,
        "day" => StepLength.Day,
        _ => null,
    };

    public override ValidationResult Validate()
    {
        if (Step is not null && Step.ToLowerInvariant() is not ("hour" or "day"))
        {
            return ValidationResult.Error($"--step must be hour or day, not '{Step}'");
        }

        // Each step is a year's run; a hundred is already a long wait and far finer than the data.
        return Steps is >= 1 and <= 100
            ? ValidationResult.Success()
            : ValidationResult.Error($"--steps must be a whole number from 1 to 100, not {Steps}");
    }
}
