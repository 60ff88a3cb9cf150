using System.Text.Json;
using Twin.Domain.Accounting;

namespace Twin.Host.Tests.Support;

/// <summary>What the host serves agrees with the in-process kernel to 1e-12 relative.</summary>
internal static class Agreement
{
    public const double Relative = 1e-12;

    public static void Close(double expected, double actual, string what)
    {
        var scale = Math.Max(Math.Abs(expected), Math.Abs(actual));
        Assert.True(Math.Abs(expected - actual) <= Relative * scale,
            $"{what}: kernel {expected:R}, host {actual:R}");
    }

    public static void SameTotals(IReadOnlyDictionary<string, double> kernel, JsonElement totals)
    {
        var served = totals.GetProperty("totals").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(kernel.Keys.Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, value) in kernel)
        {
            Close(value, served[name], name);
        }
    }

    public static void SameBalance(NodeBalance kernel, JsonElement balance)
    {
        Assert.Equal(kernel.Id, balance.GetProperty("node").GetString());
        var quantities = balance.GetProperty("quantities").EnumerateArray().ToArray();
        Assert.Equal(kernel.Quantities.Select(q => q.Quantity),
            quantities.Select(q => q.GetProperty("quantity").GetString()));
        foreach (var (k, served) in kernel.Quantities.Zip(quantities))
        {
            var what = $"{kernel.Id} {k.Quantity}";
            Close(k.In, served.GetProperty("in").GetDouble(), $"{what} in");
            Close(k.Out, served.GetProperty("out").GetDouble(), $"{what} out");
            Close(k.StockChange, served.GetProperty("stock_change").GetDouble(), $"{what} stock change");
            Close(k.Transformed, served.GetProperty("transformed").GetDouble(), $"{what} transformed");
        }
    }
}
