using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Grains.Mapping;
using Twin.Grains.Nodes;
using Twin.Grains.Scenarios;
using Twin.Grains.Tests.Support;

namespace Twin.Grains.Tests;

/// <summary>Messages and stored state survive the Orleans serializer with every member in place.</summary>
public sealed class MessageSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(ParkDefinition).Assembly)
            .AddAssembly(typeof(NodeState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void RoundTrip_ParkDefinition_RebuildsTheSamePark()
    {
        var park = TestParks.Mini();
        var definition = ParkMapping.ToDefinition(park);

        var copy = RoundTrip(definition);

        var rebuilt = ParkMapping.ToModel(copy);
        Assert.Equal(park.Connections, rebuilt.Connections);
        Assert.Equal(park.Nodes.SelectMany(n => n.Parameters.Values),
            rebuilt.Nodes.SelectMany(n => n.Parameters.Values));
        Assert.Equal(park.Profiles["heating"].DailyWeights, rebuilt.Profiles["heating"].DailyWeights);
        Assert.Equal(park.Economy, rebuilt.Economy);
    }

    [Fact]
    public void RoundTrip_NodeState_KeepsSeriesAndTermsInOrder()
    {
        var state = new NodeState
        {
            Run = 4,
            InFlows = [[1.5, 2.5], [3.0, double.Epsilon]],
            OutFlows = [[0.1, 0.2]],
            Terms = new NodeTermsSeries([1, 2], [3, 4],
                new() { ["so2"] = [5, 6], ["co2"] = [7, 8] }, new(), new() { ["recirculated"] = [9, 10] }),
        };

        var copy = RoundTrip(state);

        Assert.Equal(4, copy.Run);
        Assert.Equal(state.InFlows, copy.InFlows);
        Assert.Equal(state.OutFlows, copy.OutFlows);
        Assert.Equal(["so2", "co2"], copy.Terms!.Transformed.Keys);
        Assert.Equal([7.0, 8.0], copy.Terms.Transformed["co2"]);
        Assert.Equal([9.0, 10.0], copy.Terms.Details["recirculated"]);
    }

    [Fact]
    public void RoundTrip_ScenarioStateWithoutResults_StaysEmpty()
    {
        var state = new ScenarioState();

        var copy = RoundTrip(state);

        Assert.Null(copy.Status);
        Assert.Null(copy.Totals);
    }

    private static T RoundTrip<T>(T value) =>
        Serializer.Deserialize<T>(Serializer.SerializeToArray(value)) ?? throw new InvalidOperationException("null");
}
