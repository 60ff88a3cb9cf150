using System.Text.Json;
using Twin.Domain.Accounting;
using Twin.Host.Tests.Support;

namespace Twin.Host.Tests;

/// <summary>
/// Two host processes on one PostgreSQL database form one cluster: the schema goes in by the
/// documented command, both silos join, both serve the same numbers, and the numbers outlive
/// the processes.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class PostgreSqlClusterTests
{
    private const string Totals = "/api/scenarios/base-2020/totals";
    private const string Balance = "/api/scenarios/base-2020/nodes/etdz-wwtp/balance?from=2020-07-01&to=2020-09-30";

    [PostgreSqlFact]
    public async Task TwoHosts_OnOneDatabase_ServeTheSameNumbersAcrossRestart()
    {
        await using var database = await PostgreSqlDatabase.CreateAsync(PostgreSqlFactAttribute.ConnectionString);
        using var work = new TempFolder();
        var environment = new Dictionary<string, string>
        {
            ["Twin__Cluster__PostgreSql"] = database.ConnectionString,
            ["TWIN_TOPOLOGY_DIR"] = Repository.Topology,
        };
        var (exit, output) = await HostProcess.RunCommandAsync(work.Path, ["schema", "apply"], environment);
        Assert.True(exit == 0, $"schema apply exited {exit}: {output}");

        var portsA = HostPorts.Free();
        string totals, balance;
        await using (var a = await HostProcess.StartAsync(work.Path, portsA, environment))
        await using (var b = await HostProcess.StartAsync(work.Path, HostPorts.Free(), environment))
        {
            await WaitForActiveSilosAsync(database, 2);

            await a.RunAsync("base-2020");
            await b.WaitForEndAsync("base-2020");
            totals = (await a.GetOkAsync(Totals)).GetRawText();
            balance = (await a.GetOkAsync(Balance)).GetRawText();

            Assert.Equal(totals, (await b.GetOkAsync(Totals)).GetRawText());
            Assert.Equal(balance, (await b.GetOkAsync(Balance)).GetRawText());
            await b.StopAsync();
            await a.StopAsync();
        }

        await using var again = await HostProcess.StartAsync(work.Path, portsA, environment);

        Assert.Equal(totals, (await again.GetOkAsync(Totals)).GetRawText());
        Assert.Equal(balance, (await again.GetOkAsync(Balance)).GetRawText());
        var kernel = KernelRuns.Weihai();
        Agreement.SameTotals(kernel.Totals, JsonDocument.Parse(totals).RootElement);
        Agreement.SameBalance(new BalanceSheet(kernel.Result).Node("etdz-wwtp", 182, 274),
            JsonDocument.Parse(balance).RootElement);
    }

    /// <summary>Both silos are active members of one cluster, as its membership table records them.</summary>
    private static async Task WaitForActiveSilosAsync(PostgreSqlDatabase database, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        long active = 0;
        while (DateTime.UtcNow < deadline)
        {
            active = await database.ScalarAsync("SELECT count(*) FROM twin_membership WHERE status = 3");
            if (active == count)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new TimeoutException($"{count} silos did not join within 60 s; {active} active");
    }
}
