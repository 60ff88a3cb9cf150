using Twin.Grains.Abstractions.Definitions;

namespace Twin.Grains.Abstractions.Nodes;

/// <summary>Everything a node grain needs to bind its process for one run.</summary>
/// <param name="Scenario">The scenario's id, for the node's logs.</param>
/// <param name="Profile">Multiplier per step of the node's load profile.</param>
[GenerateSerializer]
[Immutable]
[Alias("twin.NodeSetup")]
public sealed record NodeSetup(
    [property: Id(0)] string Scenario,
    [property: Id(1)] int Run,
    [property: Id(2)] NodeDefinition Node,
    [property: Id(3)] PortDefinition[] Inputs,
    [property: Id(4)] PortDefinition[] Outputs,
    [property: Id(5)] HorizonDefinition Horizon,
    [property: Id(6)] double[] Profile,
    [property: Id(7)] double ReferenceTemperature);
