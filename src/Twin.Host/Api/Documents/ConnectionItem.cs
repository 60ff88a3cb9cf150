using Twin.Domain.Model;

namespace Twin.Host.Api.Documents;

/// <summary>A directed connection carrying one carrier, measured in <see cref="Unit"/>.</summary>
/// <param name="Priority">Supply order among a user's sources of one service (1 first); null for the default.</param>
/// <param name="Share">Fixed share (0..1) of the sender's output of the carrier; null when shared by request.</param>
public sealed record ConnectionItem(
    string From,
    string To,
    string Carrier,
    string Unit,
    int? Priority,
    double? Share)
{
    public static ConnectionItem Of(ConnectionSpec connection, ParkModel park) => new(
        connection.From,
        connection.To,
        connection.Carrier,
        park.Carriers[connection.Carrier].Unit,
        connection.Priority,
        connection.Share);
}
