namespace Twin.Grains.Abstractions.Nodes;

/// <summary>
/// The inward series of one evaluation: the flow arriving on each input port and the request on
/// each output port, whole horizons each.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.NodeInputs")]
public sealed record NodeInputs(
    [property: Id(0)] int Run,
    [property: Id(1)] int Sweep,
    [property: Id(2)] double[][] InFlows,
    [property: Id(3)] double[][] OutRequests);
