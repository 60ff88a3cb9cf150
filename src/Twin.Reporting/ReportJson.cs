using System.Text.Encodings.Web;
using System.Text.Json;

namespace Twin.Reporting;

/// <summary>The JSON conventions of the run files: snake_case names, indented, strict on reading.</summary>
internal static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,

        // The park's units are Chinese statistical units (万元, 亿元); writing them as \u escapes
        // would make the files hard to read, and these files are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // A run folder edited by hand or cut short must fail to load rather than load as zeros.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static void Write<T>(string path, T document) =>
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, document, Options));

    public static T Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new JsonException("the file holds null");
    }
}
