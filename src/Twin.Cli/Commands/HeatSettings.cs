using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Twin.Domain.Model;

namespace Twin.Cli.Commands;

internal sealed class HeatSettings : TwinSettings
{
    [CommandArgument(0, "<topology>")]
    [Description("A topology folder (park.yaml and scenarios/) or a single park file.")]
    public string Topology { get; init; } = "";

    [CommandOption("--scenario <NAME>", isRequired: true)]
    [Description("A scenario with a waste-heat network, e.g. waste-heat.")]
    public string Scenario { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Write the season's run files and report.json into this folder.")]
    public string? Out { get; init; }

    [CommandOption("--step <STEP>")]
    [Description("hour or day; overrides the scenario's step.")]
    public string? Step { get; init; }

    [CommandOption("--engine <ENGINE>")]
    [Description("The simulation engine.")]
    [DefaultValue(EngineRegistry.Kernel)]
    public string Engine { get; init; } = EngineRegistry.Kernel;

    [CommandOption("--shut <PIPELINE>")]
    [Description("Also run the season with this pipeline shut (e.g. wh-xinli-branch) and compare.")]
    public string? Shut { get; init; }

    [CommandOption("--supply-temperature <LIST>")]
    [Description("Also run the season at these supply temperatures in degC, e.g. 70,80,90,100,110,120.")]
    public string? SupplyTemperatures { get; init; }

    [CommandOption("--loss-limit <PERCENT>")]
    [Description("With --supply-temperature: the largest share of the waste heat sent that the pipes "
        + "may lose, in percent.")]
    public double? LossLimit { get; init; }

    public StepLength? StepOverride => Step?.ToLowerInvariant() switch
    {
        "hour" => StepLength.Hour,
        "day" => StepLength.Day,
        _ => null,
    };

    /// <summary>The temperatures of --supply-temperature, degC; empty when it is not given.</summary>
    public IReadOnlyList<double> Temperatures =>
        Listed.Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    private IEnumerable<string> Listed => SupplyTemperatures?.Split(',',
        StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public override ValidationResult Validate()
    {
        if (Step is not null && Step.ToLowerInvariant() is not ("hour" or "day"))
        {
            return ValidationResult.Error($"--step must be hour or day, not '{Step}'");
        }

        if (Listed.Any(t => !double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            return ValidationResult.Error("--supply-temperature must list numbers in degC, e.g. 80,90,100, "
                + $"not '{SupplyTemperatures}'");
        }

        if (LossLimit is { } limit && (limit <= 0 || limit >= 100))
        {
            return ValidationResult.Error("--loss-limit must be a percentage above 0 and below 100");
        }

        return LossLimit is not null && SupplyTemperatures is null
            ? ValidationResult.Error("--loss-limit goes with --supply-temperature")
            : ValidationResult.Success();
    }
}
