namespace Twin.Domain.Model;

/// <summary>A directed connection that carries one carrier from one node to another.</summary>
/// <param name="Priority">Supply order among a user's sources of one service: 1 first.
/// Null takes the carrier's cascade rank.</param>
/// <param name="Share">Fixed share of the sender's output of this carrier that takes this
/// connection, e.g. the utilised part of a waste; null shares out by request and discharge.</param>
public sealed record ConnectionSpec(
    string From,
    string To,
    string Carrier,
    SourceLocation Location,
    int? Priority = null,
    double? Share = null)
{
    public string Key => $"{From}->{To}:{Carrier}";
}
