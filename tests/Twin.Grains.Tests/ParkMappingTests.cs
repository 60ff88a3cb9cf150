using Twin.Domain.Simulation;
using Twin.Grains.Mapping;
using Twin.Grains.Tests.Support;

namespace Twin.Grains.Tests;

public sealed class ParkMappingTests
{
    [Fact]
    public async Task ToModel_OfToDefinition_RunsToTheSameFlows()
    {
        var park = TestParks.Weihai();

        var rebuilt = ParkMapping.ToModel(ParkMapping.ToDefinition(park));
        var result = await new KernelEngine().RunAsync(rebuilt);

        Agreement.SameRun(TestParks.KernelResult(park), result);
    }

    [Fact]
    public void ToModel_OfToDefinition_KeepsEveryNodeAndConnection()
    {
        var park = TestParks.Mini("hourly");

        var rebuilt = ParkMapping.ToModel(ParkMapping.ToDefinition(park));

        Assert.Equal(park.Horizon, rebuilt.Horizon);
        Assert.Equal(park.Connections, rebuilt.Connections);
        Assert.Equal(park.Nodes.Select(n => (n.Id, n.Kind, n.Name, n.Profile)),
            rebuilt.Nodes.Select(n => (n.Id, n.Kind, n.Name, n.Profile)));
        Assert.Equal(park.Nodes.SelectMany(n => n.Parameters.Values),
            rebuilt.Nodes.SelectMany(n => n.Parameters.Values));
        Assert.Equal(park.Carriers.All, rebuilt.Carriers.All);
    }

    [Fact]
    public void ToModel_CarrierUnlikeTheCatalog_Throws()
    {
        var definition = ParkMapping.ToDefinition(TestParks.Mini());
        var carriers = definition.Carriers
            .Select(c => c.Id == "coal" ? c with { Unit = "kt" } : c)
            .ToArray();

        var error = Assert.Throws<ArgumentException>(
            () => ParkMapping.ToModel(definition with { Carriers = carriers }));

        Assert.Contains("coal", error.Message, StringComparison.Ordinal);
    }
}
