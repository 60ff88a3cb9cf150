using System.Collections;
using Twin.Host.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Host.Tests;

/// <summary>
/// The API through a client generated from its served OpenAPI document, and nothing else: list
/// the scenarios, run one, follow it, read its totals, a node balance and its indicators.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class GeneratedClientTests(EmbeddedHostFixture fixture, ITestOutputHelper output)
{
    private const string Scenario = "weihai-etdz:desal-phase1";

    [Fact]
    public async Task GeneratedClient_RunAndRead_WorksThroughTheDocumentAlone()
    {
        using var http = new HttpClient
        {
            BaseAddress = fixture.Host.Ports.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var source = await GeneratedClient.GenerateAsync(http);
        output.WriteLine($"generated {source.Split('\n').Length} lines");
        var client = GeneratedClient.Create(source, http);

        var scenarios = ((IEnumerable)(await GeneratedClient.CallAsync(client, "ListScenarios"))!)
            .Cast<object>().ToArray();
        Assert.Contains(scenarios, s => (string)GeneratedClient.Read(s, "Id")! == Scenario);

        var started = await GeneratedClient.CallAsync(client, "RunScenario", Scenario);
        Assert.Equal("running", GeneratedClient.Read(started, "State"));
        var status = await WaitForEndAsync(client);
        Assert.Equal("completed", GeneratedClient.Read(status, "State"));

        var totals = await GeneratedClient.CallAsync(client, "GetTotals", Scenario);
        var values = (IDictionary<string, double>)GeneratedClient.Read(totals, "Totals")!;
        var units = (IDictionary<string, string>)GeneratedClient.Read(totals, "Units")!;
        Assert.True(values["desalinated_water_t"] > 0);
        Assert.Equal("t", units["desalinated_water_t"]);

        var balance = await GeneratedClient.CallAsync(client, "GetNodeBalance", Scenario, "huaneng", "2020-01-01",
            "2020-01-31", "day", "water");
        var periods = ((IEnumerable)GeneratedClient.Read(balance, "Periods")!).Cast<object>().ToArray();
        Assert.Equal(31, periods.Length);
        var water = ((IEnumerable)GeneratedClient.Read(balance, "Quantities")!).Cast<object>().Single();
        Assert.Equal("t", GeneratedClient.Read(water, "Unit"));

        var indicators = await GeneratedClient.CallAsync(client, "GetIndicators", Scenario);
        Assert.Equal(23, ((IEnumerable)GeneratedClient.Read(indicators, "Indicators")!).Cast<object>().Count());
    }

    private static async Task<object?> WaitForEndAsync(object client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        object? status = null;
        while (DateTime.UtcNow < deadline)
        {
            status = await GeneratedClient.CallAsync(client, "GetStatus", Scenario);
            if ((string)GeneratedClient.Read(status, "State")! != "running")
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException("the run did not end within 120 s");
    }
}
