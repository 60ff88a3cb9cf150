using Twin.Domain.Accounting;
using Twin.Domain.Simulation;
using Twin.Topology;

namespace Twin.Host.Tests.Support;

/// <summary>The kernel's report for a scenario of a park folder, the reference the host must match.</summary>
internal static class KernelRuns
{
    public static RunReport Report(string parkPath, string scenario)
    {
        var park = TopologyLoader.Load(parkPath).Build(scenario).Require();
        return RunReport.From(new KernelEngine().RunAsync(park).Result);
    }

    public static RunReport Weihai(string scenario = "base-2020") =>
        Report(Path.Combine(Repository.Topology, "weihai-etdz"), scenario);
}
