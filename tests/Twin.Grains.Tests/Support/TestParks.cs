using System.Collections.Concurrent;
using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Topology;

namespace Twin.Grains.Tests.Support;

/// <summary>
/// The parks the tests run: the small park copied from the topology tests' corpus, and the real
/// Weihai park from the repository's topology folder. Kernel results are computed once each.
/// </summary>
internal static class TestParks
{
    private static readonly ConcurrentDictionary<string, Lazy<SimulationResult>> Kernel = new();

    public static string MiniPath => Path.Combine(AppContext.BaseDirectory, "Parks", "mini-park.yaml");

    public static string WeihaiPath => Path.Combine(RepositoryRoot(), "topology", "weihai-etdz");

    /// <summary>The mini park at daily steps (its bare park) or at hourly steps (its "hourly" scenario).</summary>
    public static ParkModel Mini(string scenario = Topology.Topology.ParkScenario) =>
        TopologyLoader.Load(MiniPath).Build(scenario).Require();

    public static ParkModel Weihai(string scenario = "base-2020") =>
        TopologyLoader.Load(WeihaiPath).Build(scenario).Require();

    public static IReadOnlyList<string> WeihaiScenarios() => TopologyLoader.Load(WeihaiPath).Scenarios;

    /// <summary>The kernel's result for a park, computed once per park and scenario.</summary>
    public static SimulationResult KernelResult(ParkModel park) =>
        Kernel.GetOrAdd($"{park.Park}:{park.Scenario}:{park.Horizon.Step}",
            _ => new Lazy<SimulationResult>(() => new KernelEngine().RunAsync(park).Result)).Value;

    /// <summary>The folder holding Twin.sln, found upward from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Twin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Twin.sln above {AppContext.BaseDirectory}");
    }
}
