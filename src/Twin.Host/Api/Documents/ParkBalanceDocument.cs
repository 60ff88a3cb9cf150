namespace Twin.Host.Api.Documents;

/// <summary>
/// The park's balance over a run's horizon: what crosses its boundary nodes, per quantity.
/// </summary>
public sealed record ParkBalanceDocument(string Scenario, int Run, IReadOnlyList<QuantityRow> Quantities);
