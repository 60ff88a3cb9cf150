using System.Text.Json;
using Twin.Reporting.Documents;

namespace Twin.Reporting;

/// <summary>Loads a run folder that <see cref="RunFolderWriter"/> wrote, for comparing runs.</summary>
public static class RunFolderReader
{
    public static RunFolder Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new RunFolderException($"{folder}: no such folder");
        }

        if (!File.Exists(Path.Combine(folder, RunFiles.Manifest)))
        {
            throw new RunFolderException(
                $"{folder}: no {RunFiles.Manifest}, so it holds no finished run of the twin");
        }

        return new RunFolder(folder,
            Read<RunManifest>(folder, RunFiles.Manifest),
            Read<BalanceDocument>(folder, RunFiles.Balance),
            Read<TotalsDocument>(folder, RunFiles.Totals),
            Read<IndicatorsDocument>(folder, RunFiles.Indicators));
    }

    private static T Read<T>(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        try
        {
            return ReportJson.Read<T>(path);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new RunFolderException($"{path}: cannot be read: {e.Message}", e);
        }
    }
}
