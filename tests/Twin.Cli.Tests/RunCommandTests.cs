using System.Text.Json;

namespace Twin.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    /// <summary>The totals that design.md ("Contracts that others rely on") promises in totals.json.</summary>
    private static readonly string[] DesignTotals =
    [
        "fresh_water_t", "seawater_t", "desalinated_water_t", "reclaimed_water_t", "wastewater_t", "cod_t",
        "nh3n_t", "so2_t", "nox_t", "dust_t", "vocs_t", "co2_t", "coal_t", "coal_tce", "energy_consumed_tce",
        "heat_supplied_gj", "waste_heat_supplied_gj", "solid_waste_t", "solid_waste_utilised_t",
        "hazardous_waste_t", "value_added_10k_cny",
    ];

    private readonly ParkFolder _park = new();

    public void Dispose() => _park.Dispose();

    private async Task<string> RunDailyAsync(string scenario = "hourly")
    {
        var folder = _park.Folder("run");
        var result = await Cli.RunAsync("run", _park.ParkFile, "--scenario", scenario, "--out", folder,
            "--step", "day");
        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        return folder;
    }

    [Fact]
    public async Task Run_MiniPark_WritesTheFourFilesAndTheManifest()
    {
        var folder = await RunDailyAsync();

        string[] expected = ["balance.json", "flows.csv", "indicators.json", "run.json", "totals.json"];
        var written = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, written);
    }

    [Fact]
    public async Task Run_MiniPark_FlowsCsvHasTheContractHeaderAndOneRowPerConnection()
    {
        var flows = FlowsFile.Read(Path.Combine(await RunDailyAsync(), "flows.csv"));

        Assert.Equal(["from", "to", "carrier", "amount", "unit", "water_t", "energy_gj"], flows.Header);
        Assert.Equal(37, flows.Rows.Count);
        var power = flows.Rows.Single(r => r.From == "chp" && r.Carrier == "electricity");
        Assert.Equal(("MWh", null), (power.Unit, power.WaterT));
        Assert.Equal(power.Amount * 3.6, power.EnergyGj!.Value, 1e-9 * power.Amount);
        var water = flows.Rows.Single(r => r.From == "works" && r.To == "factory");
        Assert.Equal((water.Amount, (double?)null), (water.WaterT!.Value, water.EnergyGj));
    }

    /// <summary>The check design.md promises anyone can make: in = out at every inner node.</summary>
    [Fact]
    public async Task Run_MiniPark_EveryInnerNodeBalancesWaterAndEnergyInFlowsCsv()
    {
        var flows = FlowsFile.Read(Path.Combine(await RunDailyAsync(), "flows.csv"));

        var inner = flows.Rows.SelectMany(r => new[] { r.From, r.To })
            .Where(n => !ParkFolder.Boundaries.Contains(n)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(ParkFolder.Inner.Order(StringComparer.Ordinal), inner);
        foreach (var node in ParkFolder.Inner)
        {
            AssertBalanced(node, "water", flows.Rows.Where(r => r.To == node).Sum(r => r.WaterT ?? 0),
                flows.Rows.Where(r => r.From == node).Sum(r => r.WaterT ?? 0));
            AssertBalanced(node, "energy", flows.Rows.Where(r => r.To == node).Sum(r => r.EnergyGj ?? 0),
                flows.Rows.Where(r => r.From == node).Sum(r => r.EnergyGj ?? 0));
        }
    }

    private static void AssertBalanced(string node, string quantity, double into, double outOf)
    {
        Assert.True(into > 0 || quantity == "energy", $"{node}: no {quantity} flows in, so the check is empty");
        var scale = Math.Max(Math.Abs(into), Math.Abs(outOf));
        Assert.True(Math.Abs(into - outOf) <= 1e-9 * scale,
            $"{node}: {quantity} in {into:R} and out {outOf:R} differ by {Math.Abs(into - outOf) / scale:G3}");
    }

    [Fact]
    public async Task Run_MiniPark_BalanceJsonAgreesWithFlowsCsv()
    {
        var folder = await RunDailyAsync();
        var flows = FlowsFile.Read(Path.Combine(folder, "flows.csv"));
        using var balance = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "balance.json")));

        var nodes = balance.RootElement.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(12, nodes.Length);
        foreach (var node in ParkFolder.Inner)
        {
            var water = nodes.Single(n => n.GetProperty("id").GetString() == node)
                .GetProperty("quantities").GetProperty("water");
            var csvIn = flows.Rows.Where(r => r.To == node).Sum(r => r.WaterT ?? 0);
            Assert.Equal(csvIn, water.GetProperty("in").GetDouble(), 1e-9 * csvIn);
            Assert.True(water.TryGetProperty("stock_change", out _));
            Assert.True(water.TryGetProperty("residual", out _));
        }

        Assert.Equal("day", balance.RootElement.GetProperty("step").GetString());
        Assert.Equal(365, balance.RootElement.GetProperty("horizon").GetProperty("steps").GetInt32());
        Assert.True(balance.RootElement.GetProperty("park").TryGetProperty("energy", out _));
    }

    [Fact]
    public async Task Run_MiniPark_TotalsJsonHasEveryNameThatDesignLists()
    {
        var folder = await RunDailyAsync();
        using var totals = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "totals.json")));

        var named = totals.RootElement.GetProperty("totals");
        var names = named.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(DesignTotals, name => Assert.Contains(name, names));
        Assert.All(names, name => Assert.Equal(JsonValueKind.Number, named.GetProperty(name).ValueKind));
        Assert.Equal("tce", totals.RootElement.GetProperty("units").GetProperty("coal_tce").GetString());
        Assert.Equal("hourly", totals.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(2020, totals.RootElement.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Run_MiniPark_IndicatorsJsonHasTheTwentyThreeWithTheirFields()
    {
        var folder = await RunDailyAsync();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "indicators.json")));

        var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 23), indicators.Select(i => i.GetProperty("number").GetInt32()));
        string[] fields = ["number", "name", "unit", "value", "standard", "target", "met", "basis"];
        Assert.All(indicators, i => Assert.Equal(fields, i.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Run_MiniPark_PrintsTotalsScorecardResidualAndShortfalls()
    {
        var result = await Cli.RunAsync("run", _park.ParkFile, "--scenario", "hourly", "--out",
            _park.Folder("run"), "--step", "day");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("fresh_water_t", result.Out);
        Assert.Contains("IVA per employee", result.Out);
        Assert.Contains("Largest node residual", result.Out);
        Assert.Contains("asked beyond capacity", result.Out);
        Assert.Contains("No scenario of an earlier year", result.Out);
    }

    [Fact]
    public async Task Run_LaterScenario_RunsTheEarliestScenarioAsBaseline()
    {
        _park.Text += """
              - scenario: doubled
                description: the same flows in 2023 with twice the value added
                year: 2023
                economy: { value_added: 20 亿元/yr, employees: 3000 persons, industrial_land: 1 km2 }

            """;

        var folder = await RunDailyAsync("doubled");

        using var indicators = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "indicators.json")));
        Assert.Equal(2020, indicators.RootElement.GetProperty("baseline_year").GetInt32());
        var co2 = indicators.RootElement.GetProperty("indicators")[16];
        Assert.Equal("baseline", co2.GetProperty("basis").GetString());

        // Same CO2 on twice the value added over 3 years: intensity 0.5, so 1 - 0.5^(1/3) a year.
        Assert.Equal(100 * (1 - Math.Pow(0.5, 1.0 / 3)), co2.GetProperty("value").GetDouble(), 1e-6);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        Assert.Equal("hourly", manifest.RootElement.GetProperty("baseline").GetProperty("scenario").GetString());
    }

    [Fact]
    public async Task Run_LaterScenario_SaysItRunsTheBaseline()
    {
        _park.Text += """
              - scenario: doubled
                year: 2023
                economy: { value_added: 20 亿元/yr, employees: 3000 persons, industrial_land: 1 km2 }

            """;

        var result = await Cli.RunAsync("run", _park.ParkFile, "--scenario", "doubled", "--out",
            _park.Folder("run"), "--step", "day");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Baseline: scenario 'hourly' (2020)", result.Out);
    }

    [Fact]
    public async Task Run_ManifestRecordsWhatRan()
    {
        var folder = await RunDailyAsync();

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        var root = manifest.RootElement;
        Assert.Equal(("hourly", _park.ParkFile, "grains", "day"), (root.GetProperty("scenario").GetString(),
            root.GetProperty("topology").GetString(), root.GetProperty("engine").GetString(),
            root.GetProperty("step").GetString()));
        Assert.True(root.GetProperty("sweeps").GetInt32() > 1);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("twin_version").GetString()));
        Assert.EndsWith("Z", root.GetProperty("started_utc").GetString());
        Assert.EndsWith("Z", root.GetProperty("finished_utc").GetString());
    }
}
