namespace Twin.Domain.Accounting;

/// <summary>A node's balances over a period, one per quantity it touches, and its shortfalls.</summary>
/// <param name="Kind">The node's kind; "boundary" nodes are the world outside and are not balanced.</param>
public sealed record NodeBalance(
    string Id,
    string Kind,
    string Name,
    IReadOnlyList<QuantityBalance> Quantities,
    IReadOnlyDictionary<string, double> Shortfalls,
    IReadOnlyDictionary<string, double> Details);
