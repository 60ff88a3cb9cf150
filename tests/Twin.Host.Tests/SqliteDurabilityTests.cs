using Twin.Host.Tests.Support;

namespace Twin.Host.Tests;

/// <summary>A run's results outlive the host process that made them, on the embedded SQLite store.</summary>
[Trait("Category", "Cluster")]
public sealed class SqliteDurabilityTests
{
    [Fact]
    public async Task Restart_AfterKill_ServesTheSameTotalsAndBalance()
    {
        using var work = new TempFolder();
        using var data = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["TWIN_DATA_DIR"] = data.Path,
            ["TWIN_TOPOLOGY_DIR"] = Repository.Topology,
        };
        const string Balance = "/api/scenarios/base-2020/nodes/huaneng/balance?from=2020-03-01&to=2020-03-31";

        string totals, balance;
        // Disposing kills the process, as a crash would: what a completed run stored must survive it.
        await using (var first = await HostProcess.StartAsync(work.Path, HostPorts.Free(), environment))
        {
            await first.RunAsync("base-2020");
            totals = (await first.GetOkAsync("/api/scenarios/base-2020/totals")).GetRawText();
            balance = (await first.GetOkAsync(Balance)).GetRawText();
        }

        await using var second = await HostProcess.StartAsync(work.Path, HostPorts.Free(), environment);
        var status = await second.GetOkAsync("/api/scenarios/base-2020/status");

        Assert.Equal("completed", status.GetProperty("state").GetString());
        Assert.Equal(totals, (await second.GetOkAsync("/api/scenarios/base-2020/totals")).GetRawText());
        Assert.Equal(balance, (await second.GetOkAsync(Balance)).GetRawText());
        Assert.True(File.Exists(Path.Combine(data.Path, "twin.db")));
        Agreement.SameTotals(KernelRuns.Weihai().Totals, System.Text.Json.JsonDocument.Parse(totals).RootElement);
    }
}
