using System.Diagnostics;
using System.Globalization;
using Spectre.Console.Cli;
using Twin.Cli.Running;
using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Domain.Synthetic;
using Twin.Topology;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin bench</c>: times the engines in one process on the real park (a year at hourly steps)
/// and on synthetic parks (a year at daily steps), and prints a Markdown table of node-steps per
/// second (node evaluations over the horizon's steps, every sweep counted), the grains/kernel
/// time ratio, the cost per node-step against the smallest synthetic park, and memory.
/// </summary>
internal sealed class BenchCommand(TwinConsole console, EngineRegistry engines) : AsyncCommand<BenchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings,
        CancellationToken cancellationToken)
    {
        var cases = Cases(settings);
        var leases = settings.EngineNames.Select(engines.Lease).ToArray();
        var created = leases.Select(l => l.Engine).ToArray();
        foreach (var engine in created)
        {
            // Warm up: JIT and, for the grains, silo start-up are not what is being measured.
            await engine.RunAsync(SyntheticPark.Generate(50, new Horizon(new DateOnly(2020, 1, 1), 30, StepLength.Day)),
                cancellation: cancellationToken);
        }

        var rows = new List<Measurement>();
        foreach (var (name, park) in cases)
        {
            foreach (var engine in created)
            {
                rows.Add(await MeasureAsync(name, park, engine, cancellationToken));
            }
        }

        Print(rows);
        foreach (var lease in leases)
        {
            await lease.DisposeAsync();
        }

        return ExitCodes.Ok;
    }

    private static List<(string Name, ParkModel Park)> Cases(BenchSettings settings)
    {
        var real = RunPlan.Prepare(TopologyLoader.Load(settings.Topology), settings.Scenario, StepLength.Hour).Park;
        var cases = new List<(string, ParkModel)> { ($"{real.Park} {real.Scenario}, 8,760 hourly steps", real) };
        foreach (var count in settings.NodeCounts)
        {
            var park = SyntheticPark.Generate(count, Horizon.Year(2020, StepLength.Day));
            cases.Add(($"synthetic {count:N0} nodes, 365 daily steps", park));
        }

        return cases;
    }

    private static async Task<Measurement> MeasureAsync(string name, ParkModel park, ISimulationEngine engine,
        CancellationToken cancellation)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await engine.RunAsync(park, cancellation: cancellation);
        clock.Stop();

        var nodeSteps = (double)park.Nodes.Count * park.Horizon.Steps * result.Sweeps;
        using var process = Process.GetCurrentProcess();
        return new Measurement(name, engine.Name, park.Nodes.Count, result.Sweeps, clock.Elapsed.TotalSeconds,
            nodeSteps / clock.Elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6,
            process.PeakWorkingSet64 / 1e6);
    }

    private void Print(List<Measurement> rows)
    {
        var kernel = rows.Where(r => r.Engine == EngineRegistry.Kernel).ToDictionary(r => r.Case);
        var smallest = rows.Where(r => r.Case.StartsWith("synthetic", StringComparison.Ordinal))
            .GroupBy(r => r.Engine).ToDictionary(g => g.Key, g => g.MinBy(r => r.Nodes)!);
        var lines = new List<string>
        {
            "| case | engine | nodes | sweeps | seconds | node-steps/s | vs kernel (time) "
                + "| cost/node-step vs smallest | allocated MB | peak working set MB |",
            "|---|---|---|---|---|---|---|---|---|---|",
        };
        foreach (var row in rows)
        {
            var ratio = kernel.TryGetValue(row.Case, out var k) && row.Engine != k.Engine
                ? Number(row.Seconds / k.Seconds, "0.00") + "x"
                : "";
            var scaling = row.Case.StartsWith("synthetic", StringComparison.Ordinal)
                && smallest.TryGetValue(row.Engine, out var s) && s != row
                ? Number(s.NodeStepsPerSecond / row.NodeStepsPerSecond, "0.00") + "x"
                : "";
            lines.Add($"| {row.Case} | {row.Engine} | {row.Nodes:N0} | {row.Sweeps} | {Number(row.Seconds, "0.00")} "
                + $"| {Number(row.NodeStepsPerSecond, "N0")} | {ratio} | {scaling} | {Number(row.AllocatedMb, "N0")} "
                + $"| {Number(row.PeakMb, "N0")} |");
        }

        foreach (var line in lines)
        {
            console.Out.Line(line);
        }
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private sealed record Measurement(string Case, string Engine, int Nodes, int Sweeps, double Seconds,
        double NodeStepsPerSecond, double AllocatedMb, double PeakMb);
}
