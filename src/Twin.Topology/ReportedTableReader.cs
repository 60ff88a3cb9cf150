using System.Globalization;
using Twin.Domain.Reconciliation;
using Twin.Domain.Units;
using YamlDotNet.RepresentationModel;

namespace Twin.Topology;

/// <summary>Reads the <c>reported:</c> section: source table columns as printed, for reconciliation.</summary>
internal sealed class ReportedTableReader(YamlSource yaml, IReadOnlyDictionary<string, string> sources)
{
    public IReadOnlyList<ReportedTable> Tables(YamlSequenceNode? section) =>
        (section ?? new YamlSequenceNode()).Select(Table).OfType<ReportedTable>().ToArray();

    private ReportedTable? Table(YamlNode entry)
    {
        if (entry is not YamlMappingNode map)
        {
            yaml.Report(entry, "reported", "each reported table must be a mapping");
            return null;
        }

        var table = yaml.RequiredText(map, "table", "reported table") ?? "?";
        var subject = $"reported table '{table}'";
        yaml.OnlyKeys(map, subject, "table", "quantity", "unit", "parameter", "rows", "shares",
            "printed_total", "park_total", "note");
        if (!sources.ContainsKey(table))
        {
            yaml.Report(map, subject, $"unknown source '{table}': list it under sources");
        }

        var unit = yaml.RequiredText(map, "unit", subject) ?? "1";
        if (!QuantityParser.TryParse($"1 {unit}", out var one, out var error))
        {
            yaml.Report(map, subject, error);
            return null;
        }

        return new ReportedTable(table, yaml.RequiredText(map, "quantity", subject) ?? "?", unit, one.Value,
            yaml.Text(map, "parameter", subject), Numbers(map, "rows", subject, 1),
            Numbers(map, "shares", subject, 0.01),
            Number(map, "printed_total", subject), Number(map, "park_total", subject), yaml.At(map));
    }

    private Dictionary<string, double> Numbers(YamlMappingNode map, string key, string subject, double scale)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in YamlSource.Entries(yaml.Mapping(map, key, subject)))
        {
            var text = (value as YamlScalarNode)?.Value?.TrimEnd('%', ' ');
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                numbers[((YamlScalarNode)name).Value ?? ""] = number * scale;
            }
            else
            {
                yaml.Report(value, subject, $"'{key}' holds '{text}', which is not a number");
            }
        }

        return numbers;
    }

    private double? Number(YamlMappingNode map, string key, string subject)
    {
        var text = yaml.Text(map, key, subject);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        yaml.Report(YamlSource.Child(map, key)!, subject, $"'{key}' = '{text}' is not a number");
        return null;
    }
}
