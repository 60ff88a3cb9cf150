using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Domain.Analysis;

namespace Twin.Cli.Output;

/// <summary>
/// report.json of <c>twin heat</c>: the season report at the top level (heat_delivered_gj,
/// heat_loss_gj, coal_displaced_tce, co2_avoided_t, ..., segments, receivers, plants), and,
/// when asked for, the season with a pipeline shut and the supply-temperature cases. Names are
/// snake_case and end in their unit, as in the other run files.
/// </summary>
internal static class HeatReportFile
{
    public const string Name = "report.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string folder, SeasonReport season,
        (string Pipeline, SeasonReport Report)? shut, IReadOnlyList<TemperatureCase> temperatures,
        double? lossLimit)
    {
        var document = JsonSerializer.SerializeToNode(season, Options)!.AsObject();
        if (shut is { } branch)
        {
            document["shut"] = new JsonObject
            {
                ["pipeline"] = branch.Pipeline,
                ["season"] = JsonSerializer.SerializeToNode(branch.Report, Options),
            };
        }

        if (temperatures.Count > 0)
        {
            document["supply_temperature_cases"] = JsonSerializer.SerializeToNode(temperatures, Options);
            document["loss_limit_share"] = lossLimit;
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Name);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, document.ToJsonString(Options));
        File.Move(temporary, path, overwrite: true);
    }
}
