using Twin.Domain.Accounting;

namespace Twin.Reporting.Documents;

/// <summary>A node in balance.json: its identity, its balance per quantity, shortfalls and details.</summary>
public sealed record NodeBalanceDocument(
    string Id,
    string Kind,
    string Name,
    IReadOnlyDictionary<string, QuantityDocument> Quantities,
    IReadOnlyDictionary<string, double> Shortfalls,
    IReadOnlyDictionary<string, double> Details)
{
    public static NodeBalanceDocument From(NodeBalance node) =>
        new(node.Id, node.Kind, node.Name, QuantityDocument.Map(node.Quantities),
            Sorted(node.Shortfalls), Sorted(node.Details));

    private static IReadOnlyDictionary<string, double> Sorted(IReadOnlyDictionary<string, double> values) =>
        new SortedDictionary<string, double>(values.ToDictionary(), StringComparer.Ordinal);
}
