namespace Twin.Domain.Accounting;

/// <summary>
/// One conserved or tracked quantity at a node (or the park) over a period:
/// residual = in + transformed - out - stock_change, which is zero when it balances.
/// </summary>
public sealed record QuantityBalance(
    string Quantity,
    string Unit,
    double In,
    double Out,
    double StockChange,
    double Transformed)
{
    public double Residual => In + Transformed - Out - StockChange;

    /// <summary>The residual relative to the larger of what went in and out (0 when nothing moved).</summary>
    public double RelativeResidual
    {
        get
        {
            var scale = Math.Max(Math.Max(Math.Abs(In), Math.Abs(Out)), Math.Abs(Transformed));
            return scale > 0 ? Math.Abs(Residual) / scale : Math.Abs(Residual);
        }
    }
}
