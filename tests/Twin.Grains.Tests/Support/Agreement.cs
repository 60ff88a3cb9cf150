using Twin.Domain.Accounting;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions.Nodes;

namespace Twin.Grains.Tests.Support;

/// <summary>
/// Checks that the grains agree with the kernel to 1e-12 relative, as the issue requires: every
/// connection's flow at every step, every node's balance over the horizon, and every park total.
/// </summary>
internal static class Agreement
{
    public const double Relative = 1e-12;

    public static void Close(double expected, double actual, string what)
    {
        var scale = Math.Max(Math.Abs(expected), Math.Abs(actual));
        var difference = Math.Abs(expected - actual);
        Assert.True(difference <= Relative * scale,
            $"{what}: kernel {expected:R}, grains {actual:R} (relative {difference / scale:G3})");
    }

    public static void SameRun(SimulationResult kernel, SimulationResult grains)
    {
        Assert.Equal(kernel.Sweeps, grains.Sweeps);
        Assert.Equal(kernel.Loops, grains.Loops);
        Assert.Equal(kernel.Edges.Count, grains.Edges.Count);
        Assert.Equal(kernel.Nodes.Count, grains.Nodes.Count);

        for (var e = 0; e < kernel.Edges.Count; e++)
        {
            Assert.Equal(kernel.Edges[e].Connection, grains.Edges[e].Connection);
            Assert.Equal(kernel.Edges[e].Carrier, grains.Edges[e].Carrier);
            SameSeries(kernel.Edges[e].Flow, grains.Edges[e].Flow, kernel.Edges[e].Connection.Key);
        }

        SameBalances(new BalanceSheet(kernel), new BalanceSheet(grains), kernel);
        SameTotals(ParkTotals.Compute(kernel), ParkTotals.Compute(grains));
    }

    public static void SameSeries(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var step = 0; step < expected.Length; step++)
        {
            Close(expected[step], actual[step], $"{what} step {step}");
        }
    }

    public static void SameTotals(IReadOnlyDictionary<string, double> kernel,
        IReadOnlyDictionary<string, double> grains)
    {
        Assert.Equal(kernel.Keys.Order(), grains.Keys.Order());
        foreach (var (name, value) in kernel)
        {
            Close(value, grains[name], name);
        }
    }

    public static void SameBalance(NodeBalance kernel, NodeBalanceReport grains)
    {
        Assert.Equal(kernel.Id, grains.Id);
        Assert.Equal(kernel.Kind, grains.Kind);
        Assert.Equal(kernel.Quantities.Select(q => q.Quantity), grains.Quantities.Select(q => q.Quantity));
        foreach (var (k, g) in kernel.Quantities.Zip(grains.Quantities))
        {
            var what = $"{kernel.Id} {k.Quantity}";
            Close(k.In, g.In, $"{what} in");
            Close(k.Out, g.Out, $"{what} out");
            Close(k.StockChange, g.StockChange, $"{what} stock change");
            Close(k.Transformed, g.Transformed, $"{what} transformed");
        }

        Assert.Equal(kernel.Shortfalls.Keys.Order(), grains.Shortfalls.Keys.Order());
        foreach (var (name, value) in kernel.Shortfalls)
        {
            Close(value, grains.Shortfalls[name], $"{kernel.Id} shortfall {name}");
        }
    }

    private static void SameBalances(BalanceSheet kernel, BalanceSheet grains, SimulationResult run)
    {
        foreach (var node in run.Nodes)
        {
            var k = kernel.Node(node.Node.Id);
            var g = grains.Node(node.Node.Id);
            Assert.Equal(k.Quantities.Count, g.Quantities.Count);
            foreach (var (kq, gq) in k.Quantities.Zip(g.Quantities))
            {
                Assert.Equal(kq.Quantity, gq.Quantity);
                Close(kq.In, gq.In, $"{node.Node.Id} {kq.Quantity} in");
                Close(kq.Out, gq.Out, $"{node.Node.Id} {kq.Quantity} out");
                Close(kq.StockChange, gq.StockChange, $"{node.Node.Id} {kq.Quantity} stock change");
                Close(kq.Transformed, gq.Transformed, $"{node.Node.Id} {kq.Quantity} transformed");
            }
        }
    }
}
