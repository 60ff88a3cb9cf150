using Twin.Grains.Abstractions.Nodes;

namespace Twin.Host.Api.Documents;

/// <summary>A node's balance over one period: steps [from_step, to_step), days first_day to last_day.</summary>
/// <param name="Label">The period's name, e.g. "2020-01-01", "2020-01" or "heating season 2020/21".</param>
public sealed record PeriodBalance(
    string Label,
    int FromStep,
    int ToStep,
    DateOnly FirstDay,
    DateOnly LastDay,
    IReadOnlyList<QuantityRow> Quantities,
    IReadOnlyDictionary<string, double> Shortfalls,
    IReadOnlyDictionary<string, double> Details)
{
    public static PeriodBalance From(string label, NodeBalanceReport report, PeriodDays days, string? quantity) =>
        new(label, report.Steps.From, report.Steps.To, days.First, days.Last,
            report.Quantities.Where(q => quantity is null || q.Quantity == quantity).Select(QuantityRow.From)
                .ToArray(),
            report.Shortfalls, report.Details);
}
