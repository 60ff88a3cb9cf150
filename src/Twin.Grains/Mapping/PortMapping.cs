using Twin.Domain.Processes;
using Twin.Grains.Abstractions.Definitions;

namespace Twin.Grains.Mapping;

internal static class PortMapping
{
    public static PortDefinition ToDefinition(this Port port) => new(
        port.Index, port.Connection.ToDefinition(), port.Carrier.ToDefinition(), port.PeerId,
        port.PeerKind, port.PeerIsBoundary, port.Priority);

    public static Port ToModel(this PortDefinition port) => new(
        port.Index, port.Connection.ToModel(), port.Carrier.ToModel(), port.PeerId, port.PeerKind,
        port.PeerIsBoundary, port.Priority);
}
