using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Twin.Domain.Model;

namespace Twin.Cli.Commands;

/// <summary>Options of every verb that simulates a scenario: where, which, and at what step.</summary>
internal abstract class ScenarioSettings : TwinSettings
{
    [CommandArgument(0, "<topology>")]
    [Description("A topology folder (park.yaml and scenarios/) or a single park file.")]
    public string Topology { get; init; } = "";

    [CommandOption("--scenario <NAME>", isRequired: true)]
    [Description("The scenario to simulate.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--step <STEP>")]
    [Description("hour or day; overrides the scenario's step.")]
    public string? Step { get; init; }

    /// <summary>The step that <c>--step</c> asks for; null keeps the scenario's.</summary>
    public StepLength? StepOverride => Step?.ToLowerInvariant() switch
    {
        "hour" => StepLength.Hour,
        "day" => StepLength.Day,
        _ => null,
    };

    public override ValidationResult Validate() =>
        Step is null || Step.ToLowerInvariant() is "hour" or "day"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--step must be hour or day, not '{Step}'");
}
