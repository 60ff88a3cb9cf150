namespace Twin.Grains.Abstractions.Definitions;

/// <summary>
/// A validated park with one scenario applied, as data that can cross a grain call: the
/// domain's park model has no codecs, so it travels in this form and is rebuilt in the silo.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.ParkDefinition")]
public sealed record ParkDefinition(
    [property: Id(0)] string Park,
    [property: Id(1)] string Scenario,
    [property: Id(2)] int Year,
    [property: Id(3)] HorizonDefinition Horizon,
    [property: Id(4)] double ReferenceTemperature,
    [property: Id(5)] CarrierDefinition[] Carriers,
    [property: Id(6)] NodeDefinition[] Nodes,
    [property: Id(7)] ConnectionDefinition[] Connections,
    [property: Id(8)] ProfileDefinition[] Profiles,
    [property: Id(9)] EconomyDefinition Economy,
    [property: Id(10)] Dictionary<string, double> Facts,
    [property: Id(11)] Dictionary<string, string> Sources);
