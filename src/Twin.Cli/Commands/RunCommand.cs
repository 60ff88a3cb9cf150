using System.Reflection;
using Spectre.Console.Cli;
using Twin.Cli.Output;
using Twin.Cli.Running;
using Twin.Domain.Accounting;
using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Reporting;
using Twin.Reporting.Documents;
using Twin.Topology;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin run</c>: validates the scenario, runs its baseline if it has one, runs it, writes
/// the run folder and prints a summary.
/// </summary>
internal sealed class RunCommand(TwinConsole console, EngineRegistry engines, TimeProvider clock)
    : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings,
        CancellationToken cancellationToken)
    {
        await using var lease = engines.Lease(settings.Engine);
        var engine = lease.Engine;
        var plan = RunPlan.Prepare(TopologyLoader.Load(settings.Topology), settings.Scenario,
            settings.StepOverride);
        RequireFolder(settings.Out);

        var runner = new ProgressRunner(console);
        var started = clock.GetUtcNow().UtcDateTime;
        var baseline = plan.Baseline is { } earlier
            ? await RunBaselineAsync(runner, engine, earlier, plan.Park, cancellationToken)
            : null;
        var result = await runner.RunAsync(engine, plan.Park, cancellationToken);
        var report = RunReport.From(result, baseline);

        var manifest = Manifest(settings, engine, result, plan.Baseline, started);
        RunFolderWriter.Write(settings.Out, report, manifest);
        new RunSummaryView(console.Out).Show(report, manifest, settings.Out);
        return ExitCodes.Ok;
    }

    private async Task<Baseline> RunBaselineAsync(ProgressRunner runner, ISimulationEngine engine,
        ParkModel earlier, ParkModel park, CancellationToken cancellation)
    {
        console.Out.Line($"Baseline: scenario '{earlier.Scenario}' ({earlier.Year}) is the earliest year "
            + $"before {park.Year}; running it first with the {engine.Name} engine, for indicators "
            + "7, 9, 16 and 17.");

        var result = await runner.RunAsync(engine, earlier, cancellation);
        return new Baseline(earlier.Year, earlier.Economy.ValueAdded, ParkTotals.Compute(result));
    }

    private static void RequireFolder(string folder)
    {
        if (File.Exists(folder))
        {
            throw new TwinInputException($"--out {folder}: is a file, not a folder");
        }
    }

    private RunManifest Manifest(RunSettings settings, ISimulationEngine engine, SimulationResult result,
        ParkModel? baseline, DateTime started)
    {
        var park = result.Park;
        return new RunManifest(park.Scenario, settings.Topology, engine.Name, park.Year,
            HorizonDocument.From(park.Horizon), HorizonDocument.StepName(park.Horizon.Step), result.Sweeps,
            baseline is null ? null : new BaselineDocument(baseline.Scenario, baseline.Year),
            started, clock.GetUtcNow().UtcDateTime, Version);
    }

    private static string Version =>
        typeof(RunCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion ?? "unknown";
}
