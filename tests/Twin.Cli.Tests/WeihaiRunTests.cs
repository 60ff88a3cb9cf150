using System.Text.Json;

namespace Twin.Cli.Tests;

/// <summary>
/// End to end: <c>twin run topology/weihai-etdz --scenario base-2020</c> writes totals.json with
/// the plan's 2020 park totals within 1 % (../shared/park/weihai-etdz.md, section 1), and its
/// flows.csv balances water and energy at every node when checked without the twin's code.
/// </summary>
public sealed class WeihaiRunTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "twin-weihai", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Run_Base2020_WritesThePlansTotalsAndBalancedFlows()
    {
        var result = await Cli.RunAsync("run", Topology, "--scenario", "base-2020", "--out", _out);

        Assert.True(result.ExitCode == 0, result.Error);
        using var totals = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "totals.json")));
        foreach (var (name, plan) in PlanTotals)
        {
            var value = totals.RootElement.GetProperty("totals").GetProperty(name).GetDouble();
            Assert.True(Math.Abs(value / plan - 1) <= 0.01, $"{name}: {value} against the plan's {plan}");
        }

        var flows = FlowsFile.Read(Path.Combine(_out, "flows.csv")).Rows;
        var boundaries = Boundaries();
        foreach (var node in flows.Select(f => f.From).Concat(flows.Select(f => f.To)).Distinct()
                     .Where(n => !boundaries.Contains(n)))
        {
            Assert.True(Balanced(flows, node, f => f.WaterT), $"water at {node}");
            Assert.True(Balanced(flows, node, f => f.EnergyGj), $"energy at {node}");
        }
    }

    [Fact]
    public async Task Run_GrainsAndKernel_WriteTheSameFlows()
    {
        var grains = await Cli.RunAsync("run", Topology, "--scenario", "base-2020", "--out", _out);
        var kernel = await Cli.RunAsync("run", Topology, "--scenario", "base-2020", "--out", _out + "-kernel",
            "--engine", "kernel");

        Assert.True(grains.ExitCode == 0 && kernel.ExitCode == 0, grains.Error + kernel.Error);
        var a = FlowsFile.Read(Path.Combine(_out, "flows.csv")).Rows;
        var b = FlowsFile.Read(Path.Combine(_out + "-kernel", "flows.csv")).Rows;
        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal((a[i].From, a[i].To, a[i].Carrier), (b[i].From, b[i].To, b[i].Carrier));
            Assert.True(Math.Abs(a[i].Amount - b[i].Amount) <= 1e-12 * Math.Max(1, Math.Abs(b[i].Amount)),
                $"{a[i].From}->{a[i].To} {a[i].Carrier}: {a[i].Amount} against {b[i].Amount}");
        }

        Directory.Delete(_out + "-kernel", recursive: true);
    }

    [Fact]
    public async Task Capacity_WwtpToBotong_NamesThePhase1PlantAsBinding()
    {
        // Phase 1 of Botong's reclaimed-water plant makes 10,000 t/d (park data, section 2).
        var result = await Cli.RunAsync("capacity", Topology, "--scenario", "reclaimed-phase1",
            "--from", "etdz-wwtp", "--to", "botong");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(10,000 per day", result.Out);
        Assert.Contains("binding: botong-reclaim", result.Out);
    }

    [Fact]
    public async Task Capacity_UnknownNode_ExitsTwo()
    {
        var result = await Cli.RunAsync("capacity", Topology, "--scenario", "reclaimed-phase1",
            "--from", "etdz-wwtp", "--to", "nowhere");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no node 'nowhere'", result.Error);
    }

    [Fact]
    public async Task Validate_Weihai_WarnsAboutTheSourceTables()
    {
        var result = await Cli.RunAsync("validate", Topology);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: ", result.Out);
        Assert.Contains("the rows add up to 161.7", result.Out);
    }

    private static readonly (string Name, double Plan)[] PlanTotals =
    [
        ("fresh_water_t", 18_434_000), ("seawater_t", 1_308_000), ("wastewater_t", 2_176_000),
        ("cod_t", 65.06), ("nh3n_t", 2.17), ("so2_t", 868.2), ("nox_t", 1_688.7),
        ("coal_t", 3_819_531.9), ("energy_consumed_tce", 207_000), ("solid_waste_t", 725_990),
        ("solid_waste_utilised_t", 705_214), ("hazardous_waste_t", 11_840),
    ];

    private static string Topology => Path.Combine(Repository.Root, "topology", "weihai-etdz");

    /// <summary>Boundary node ids, read from balance.json's node kinds.</summary>
    private HashSet<string> Boundaries()
    {
        using var balance = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "balance.json")));
        return balance.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "boundary")
            .Select(n => n.GetProperty("id").GetString()!)
            .ToHashSet();
    }

    private static bool Balanced(IReadOnlyList<FlowsFile.Row> flows, string node, Func<FlowsFile.Row, double?> measure)
    {
        var inward = flows.Where(f => f.To == node).Sum(f => measure(f) ?? 0);
        var outward = flows.Where(f => f.From == node).Sum(f => measure(f) ?? 0);
        return Math.Abs(inward - outward) <= 1e-9 * Math.Max(1, Math.Max(inward, outward));
    }
}
