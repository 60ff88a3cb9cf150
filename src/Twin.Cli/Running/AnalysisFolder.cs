using System.Reflection;
using Twin.Domain.Accounting;
using Twin.Domain.Simulation;
using Twin.Reporting;
using Twin.Reporting.Documents;

namespace Twin.Cli.Running;

/// <summary>
/// Writes a run that an analysis made into a run folder, as <c>twin run</c> writes one: its
/// baseline run first (for indicators 7, 9, 16 and 17), then flows.csv, balance.json,
/// totals.json, indicators.json and run.json, so that <c>twin compare</c> reads it like any run.
/// The baseline runs once for all the folders one instance writes.
/// </summary>
internal sealed class AnalysisFolder(TwinConsole console, TimeProvider clock)
{
    private Baseline? _baseline;

    public async Task<RunReport> WriteAsync(string folder, string topology, RunPlan plan,
        ISimulationEngine engine, SimulationResult result, DateTime started, CancellationToken cancellation)
    {
        if (File.Exists(folder))
        {
            throw new TwinInputException($"--out {folder}: is a file, not a folder");
        }

        var baseline = _baseline;
        if (baseline is null && plan.Baseline is { } earlier)
        {
            console.Out.Line($"Baseline: scenario '{earlier.Scenario}' ({earlier.Year}), for indicators "
                + "7, 9, 16 and 17 of the run folder.");
            var run = await new ProgressRunner(console).RunAsync(engine, earlier, cancellation);
            baseline = new Baseline(earlier.Year, earlier.Economy.ValueAdded, ParkTotals.Compute(run));
            _baseline = baseline;
        }

        var report = RunReport.From(result, baseline);
        var park = result.Park;
        var manifest = new RunManifest(park.Scenario, topology, engine.Name, park.Year,
            HorizonDocument.From(park.Horizon), HorizonDocument.StepName(park.Horizon.Step), result.Sweeps,
            plan.Baseline is { } b ? new BaselineDocument(b.Scenario, b.Year) : null,
            started, clock.GetUtcNow().UtcDateTime, Version);
        RunFolderWriter.Write(folder, report, manifest);
        return report;
    }

    private static string Version =>
        typeof(AnalysisFolder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion ?? "unknown";
}
