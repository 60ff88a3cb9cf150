namespace Twin.Host.Api.Documents;

/// <summary>
/// A node's balance over a period of a run, steps [from_step, to_step) or the days first_day to
/// last_day, both included; and the same balance split by <see cref="Period"/> ("step", "day",
/// "month", "heating_season" or "horizon", which is the whole period in one).
/// </summary>
/// <param name="Quantity">The one quantity asked for; null when all are given.</param>
public sealed record NodeBalanceDocument(
    string Scenario,
    int Run,
    string Node,
    string Kind,
    string Name,
    string Period,
    string? Quantity,
    int FromStep,
    int ToStep,
    DateOnly FirstDay,
    DateOnly LastDay,
    IReadOnlyList<QuantityRow> Quantities,
    IReadOnlyDictionary<string, double> Shortfalls,
    IReadOnlyDictionary<string, double> Details,
    IReadOnlyList<PeriodBalance> Periods);
