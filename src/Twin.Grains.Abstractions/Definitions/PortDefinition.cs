namespace Twin.Grains.Abstractions.Definitions;

/// <summary>One end of a connection, seen from the node it belongs to.</summary>
/// <param name="Index">Position among the node's inputs or among its outputs.</param>
[GenerateSerializer]
[Alias("twin.PortDefinition")]
public sealed record PortDefinition(
    [property: Id(0)] int Index,
    [property: Id(1)] ConnectionDefinition Connection,
    [property: Id(2)] CarrierDefinition Carrier,
    [property: Id(3)] string PeerId,
    [property: Id(4)] string PeerKind,
    [property: Id(5)] bool PeerIsBoundary,
    [property: Id(6)] int Priority);
