using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twin.Reporting.Documents;

/// <summary>Reads and writes <see cref="TotalsDocument"/> as one flat object.</summary>
internal sealed class TotalsDocumentConverter : JsonConverter<TotalsDocument>
{
    private const string ScenarioName = "scenario";
    private const string YearName = "year";

    public override TotalsDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (!root.TryGetProperty(ScenarioName, out var scenario) || !root.TryGetProperty(YearName, out var year))
        {
            throw new JsonException("totals.json needs 'scenario' and 'year'");
        }

        var totals = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject().Where(p => p.Name is not (ScenarioName or YearName)))
        {
            totals[property.Name] = property.Value.GetDouble();
        }

        return new TotalsDocument(scenario.GetString() ?? throw new JsonException("scenario is null"),
            year.GetInt32(), totals);
    }

    public override void Write(Utf8JsonWriter writer, TotalsDocument value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(ScenarioName, value.Scenario);
        writer.WriteNumber(YearName, value.Year);
        foreach (var (name, total) in value.Totals)
        {
            writer.WriteNumber(name, total);
        }

        writer.WriteEndObject();
    }
}
