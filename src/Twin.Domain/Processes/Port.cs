using Twin.Domain.Carriers;
using Twin.Domain.Model;

namespace Twin.Domain.Processes;

/// <summary>One end of a connection, seen from the node it belongs to.</summary>
/// <param name="Index">Position among the node's inputs or among its outputs.</param>
/// <param name="PeerId">The node at the other end.</param>
/// <param name="PeerIsBoundary">The other end is the world outside the park.</param>
public sealed record Port(
    int Index,
    ConnectionSpec Connection,
    Carrier Carrier,
    string PeerId,
    string PeerKind,
    bool PeerIsBoundary,
    int Priority);
