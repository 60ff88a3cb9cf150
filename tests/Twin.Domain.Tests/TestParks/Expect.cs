namespace Twin.Domain.Tests.TestParks;

/// <summary>Comparisons of computed values with hand-computed ones.</summary>
internal static class Expect
{
    /// <summary>
    /// The design conserves water and energy to 1e-9 relative, so known answers are held to
    /// the same; an expected zero allows 1e-9 of the unit.
    /// </summary>
    public const double Relative = 1e-9;

    public static void Near(double expected, double actual, double relative = Relative)
    {
        var tolerance = relative * Math.Max(Math.Abs(expected), 1);
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            $"expected {expected:R}, got {actual:R} (tolerance {tolerance:G3})");
    }

    /// <summary>Every step of <paramref name="series"/> is near <paramref name="expected"/>.</summary>
    public static void EveryStep(double expected, double[] series, double relative = Relative)
    {
        Assert.NotEmpty(series);
        foreach (var value in series)
        {
            Near(expected, value, relative);
        }
    }

    /// <summary>The water and energy of a node balance in every step.</summary>
    public static void Balanced(ParkRun run, string node)
    {
        for (var step = 0; step < run.Steps; step++)
        {
            foreach (var quantity in new[] { "water", "energy" })
            {
                var balance = run.Quantity(node, quantity, step);
                Assert.True(balance.RelativeResidual <= Relative,
                    $"{node} {quantity} step {step}: residual {balance.Residual:G6} of {balance}");
            }
        }
    }
}
