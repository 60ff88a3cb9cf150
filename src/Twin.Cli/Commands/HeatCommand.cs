using Spectre.Console.Cli;
using Twin.Cli.Output;
using Twin.Cli.Running;
using Twin.Domain.Analysis;
using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Topology;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin heat</c>: the heating season of a waste-heat network, run beside the same season
/// with its waste heat shut; optionally with one pipeline shut, and at other supply
/// temperatures against a loss limit. With <c>--out</c> it writes the season's run files and
/// report.json, and the run with the waste heat shut into the subfolder shut/.
/// </summary>
internal sealed class HeatCommand(TwinConsole console, EngineRegistry engines, TimeProvider clock)
    : AsyncCommand<HeatSettings>
{
    /// <summary>The subfolder of --out that holds the run with the waste heat shut.</summary>
    public const string ShutFolder = "shut";

    public override async Task<int> ExecuteAsync(CommandContext context, HeatSettings settings,
        CancellationToken cancellationToken)
    {
        await using var lease = engines.Lease(settings.Engine);
        var engine = lease.Engine;
        var topology = TopologyLoader.Load(settings.Topology);
        var plan = RunPlan.Prepare(topology, settings.Scenario, settings.StepOverride);
        var network = Require(plan.Park, settings);

        var started = clock.GetUtcNow().UtcDateTime;
        var season = await SeasonAnalysis.RunAsync(plan.Park, engine, cancellationToken);
        new SeasonReportView(console.Out).Show(season.Report, "Waste heat over the season");

        var shut = settings.Shut is { } pipeline
            ? await ShutAsync(plan.Park, pipeline, season.Report, engine, cancellationToken)
            : ((string, SeasonReport)?)null;
        var cases = await TemperaturesAsync(plan.Park, settings, engine, cancellationToken);

        if (settings.Out is { } folder)
        {
            var output = new AnalysisFolder(console, clock);
            var shutFolder = Path.Combine(folder, ShutFolder);
            await output.WriteAsync(folder, settings.Topology, plan, engine, season.Run, started,
                cancellationToken);
            await output.WriteAsync(shutFolder, settings.Topology, plan, engine, season.Shut, started,
                cancellationToken);
            HeatReportFile.Write(folder, season.Report, shut, cases, settings.LossLimit / 100);
            console.Out.Line($"Wrote the season's run files and {HeatReportFile.Name} to {folder}, and the "
                + $"run with the waste heat shut to {shutFolder} ({network.Segments.Count} pipelines, "
                + $"{network.Receivers.Count} receivers)");
        }

        return ExitCodes.Ok;
    }

    private async Task<(string, SeasonReport)> ShutAsync(ParkModel park, string pipeline,
        SeasonReport intact, ISimulationEngine engine, CancellationToken cancellation)
    {
        var shut = await SeasonAnalysis.RunWithoutAsync(park, pipeline, engine, cancellation);
        new BranchShutView(console.Out).Show(pipeline, intact, shut.Report);
        return (pipeline, shut.Report);
    }

    private async Task<IReadOnlyList<TemperatureCase>> TemperaturesAsync(ParkModel park,
        HeatSettings settings, ISimulationEngine engine, CancellationToken cancellation)
    {
        if (settings.Temperatures.Count == 0)
        {
            return [];
        }

        var cases = await SupplyTemperatureSweep.RunAsync(park, settings.Temperatures,
            settings.LossLimit / 100, engine, cancellation);
        new TemperatureSweepView(console.Out).Show(cases, settings.LossLimit);
        return cases;
    }

    /// <summary>The scenario's network, after checking what the options name in it.</summary>
    private static HeatNetwork Require(ParkModel park, HeatSettings settings)
    {
        var network = HeatNetwork.Find(park) ?? throw new TwinInputException($"scenario '{park.Scenario}' "
            + "has no waste heat sent into a heat pipeline: nothing for twin heat to report");
        if (settings.Shut is { } pipeline && !network.Segments.Contains(pipeline))
        {
            throw new TwinInputException($"--shut {pipeline}: not a pipeline of the waste-heat network "
                + $"(its pipelines: {string.Join(", ", network.Segments)})");
        }

        foreach (var temperature in settings.Temperatures)
        {
            try
            {
                SupplyTemperatureSweep.At(park, network, temperature);
            }
            catch (ArgumentOutOfRangeException failure)
            {
                var why = failure.Message.Split(" (Parameter")[0];
                throw new TwinInputException($"--supply-temperature {temperature}: {why}");
            }
        }

        return network;
    }
}
