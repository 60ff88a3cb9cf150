using Twin.Grains.Abstractions.Nodes;

namespace Twin.Host.Api.Documents;

/// <summary>One quantity of a balance: residual = in + transformed - out - stock_change.</summary>
public sealed record QuantityRow(
    string Quantity,
    string Unit,
    double In,
    double Out,
    double StockChange,
    double Transformed,
    double Residual)
{
    public static QuantityRow From(QuantityLine line) =>
        new(line.Quantity, line.Unit, line.In, line.Out, line.StockChange, line.Transformed, line.Residual);
}
