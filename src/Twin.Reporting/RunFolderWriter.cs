using Twin.Domain.Accounting;
using Twin.Reporting.Documents;

namespace Twin.Reporting;

/// <summary>
/// Writes a run's files into a folder, each atomically. The manifest goes first out and last
/// in, so a run that fails half way never leaves a folder that looks complete.
/// </summary>
public static class RunFolderWriter
{
    public static void Write(string folder, RunReport report, RunManifest manifest)
    {
        Directory.CreateDirectory(folder);
        File.Delete(Path.Combine(folder, RunFiles.Manifest));

        AtomicFile.Write(Path.Combine(folder, RunFiles.Flows),
            stream => FlowsCsvWriter.Write(report.Result.Edges, stream));
        ReportJson.Write(Path.Combine(folder, RunFiles.Balance), BalanceDocument.From(report));
        ReportJson.Write(Path.Combine(folder, RunFiles.Totals), TotalsDocument.From(report));
        ReportJson.Write(Path.Combine(folder, RunFiles.Indicators),
            IndicatorsDocument.From(report, manifest.Baseline?.Year));

        ReportJson.Write(Path.Combine(folder, RunFiles.Manifest), manifest);
    }
}
