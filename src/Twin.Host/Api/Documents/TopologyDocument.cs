using Twin.Domain.Model;
using Twin.Grains.Mapping;

namespace Twin.Host.Api.Documents;

/// <summary>
/// A scenario's park as the twin simulates it: the base topology with the overlay applied.
/// Carriers are those its connections use.
/// </summary>
/// <param name="ReferenceTemperatureDegC">Heat is counted above this temperature (degC).</param>
public sealed record TopologyDocument(
    string Scenario,
    string Park,
    int Year,
    HorizonDocument Horizon,
    double ReferenceTemperatureDegC,
    IReadOnlyList<NodeItem> Nodes,
    IReadOnlyList<ConnectionItem> Connections,
    IReadOnlyList<CarrierItem> Carriers)
{
    public static TopologyDocument From(string scenario, ParkModel park)
    {
        var used = park.Connections.Select(c => c.Carrier).ToHashSet(StringComparer.Ordinal);
        return new TopologyDocument(
            scenario,
            park.Park,
            park.Year,
            HorizonDocument.From(ParkMapping.ToDefinition(park.Horizon)),
            park.ReferenceTemperature,
            park.Nodes.Select(n => NodeItem.From(n, park.Sources)).ToArray(),
            park.Connections.Select(c => ConnectionItem.Of(c, park)).ToArray(),
            park.Carriers.All.Where(c => used.Contains(c.Id)).Select(CarrierItem.From).ToArray());
    }
}
