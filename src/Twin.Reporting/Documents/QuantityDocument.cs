using Twin.Domain.Accounting;

namespace Twin.Reporting.Documents;

/// <summary>One quantity's balance in balance.json: residual = in + transformed - out - stock_change.</summary>
public sealed record QuantityDocument(
    string Unit,
    double In,
    double Out,
    double StockChange,
    double Transformed,
    double Residual)
{
    public static QuantityDocument From(QuantityBalance balance) =>
        new(balance.Unit, balance.In, balance.Out, balance.StockChange, balance.Transformed, balance.Residual);

    /// <summary>Balances keyed by quantity, in the order the accounts list them (water, energy, materials).</summary>
    public static IReadOnlyDictionary<string, QuantityDocument> Map(IEnumerable<QuantityBalance> balances)
    {
        var map = new Dictionary<string, QuantityDocument>(StringComparer.Ordinal);
        foreach (var balance in balances)
        {
            map.Add(balance.Quantity, From(balance));
        }

        return map;
    }
}
