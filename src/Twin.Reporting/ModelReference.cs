using System.Text;
using Twin.Domain.Processes;
using Twin.Domain.Units;

namespace Twin.Reporting;

/// <summary>
/// The reference of the process models as Markdown, made from the catalog itself so that
/// docs/models.md cannot drift from the code: each kind's balance equation, and each
/// parameter's dimension, meaning, default and the source of the default.
/// </summary>
public static class ModelReference
{
    public static string Markdown(ProcessCatalog catalog)
    {
        var text = new StringBuilder();
        text.AppendLine("# Process models");
        text.AppendLine();
        text.AppendLine("Made by `twin models` from the code; do not edit by hand. Rates are written per");
        text.AppendLine("year, day or hour in any unit of their dimension (see docs/topology.md).");
        foreach (var model in catalog.Models)
        {
            text.AppendLine();
            text.AppendLine($"## {model.Kind}");
            text.AppendLine();
            text.AppendLine(model.Description);
            text.AppendLine();
            text.AppendLine("| parameter | dimension | meaning | default | source of the default |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var parameter in model.Parameters)
            {
                var fallback = parameter.Required ? "required" : parameter.Default ?? "no limit";
                var dimension = $"{parameter.Dimension} ({UnitCatalog.BaseSymbol(parameter.Dimension)})";
                text.AppendLine($"| {parameter.Name} | {dimension} "
                    + $"| {parameter.Meaning} | {fallback} | {parameter.DefaultSource ?? ""} |");
            }
        }

        return text.ToString();
    }
}
