using System.Collections.Concurrent;
using Twin.Domain.Model;
using Twin.Domain.Simulation;

namespace Twin.Topology.Tests.Weihai;

/// <summary>
/// Runs of the Weihai scenarios, each made once per test process and shared by the tests that
/// read it: a year of the park takes about a second, so no test runs a scenario twice.
/// </summary>
internal static class ScenarioRuns
{
    /// <summary>The scenarios of the plan's projects (docs/scenarios.md).</summary>
    public static readonly string[] Projects =
    [
        "waste-heat", "reclaimed-2023", "reclaimed-2026", "desal-phase1", "desal-phase2", "plan-2023",
        "plan-2026",
    ];

    private static readonly Lazy<Topology> Weihai = new(WeihaiTopology.Load);

    private static readonly ConcurrentDictionary<(string, StepLength?), Lazy<SimulationResult>> Runs = new();

    public static ParkModel Park(string scenario, StepLength? step = null)
    {
        var park = Weihai.Value.Build(scenario).Require();
        return step is { } length ? park with { Horizon = park.Horizon with { Step = length } } : park;
    }

    public static SimulationResult Run(string scenario, StepLength? step = null) =>
        Runs.GetOrAdd((scenario, step), key => new Lazy<SimulationResult>(() =>
            new KernelEngine().RunAsync(Park(key.Item1, key.Item2)).GetAwaiter().GetResult())).Value;
}
