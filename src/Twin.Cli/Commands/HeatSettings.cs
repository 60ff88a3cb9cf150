using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Twin.Cli.Commands;

internal sealed class HeatSettings : ScenarioSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Write the season's run files and report.json into this folder.")]
    public string? Out { get; init; }

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

    /// <summary>The temperatures of --supply-temperature, degC; empty when it is not given.</summary>
    public IReadOnlyList<double> Temperatures =>
        Listed.Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    private IEnumerable<string> Listed => SupplyTemperatures?.Split(',',
        StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } step)
        {
            return step;
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
