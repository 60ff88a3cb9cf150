using Twin.Cli.Output;

namespace Twin.Cli.Tests;

public sealed class ChangeTests
{
    [Theory]
    [InlineData(1000, 1002, true)]
    [InlineData(1000, 1000.5, false)]
    [InlineData(0, 1, true)]
    [InlineData(0, 0, false)]
    public void Exceeds_PointOnePercent_ComparesWithTheLargerValue(double a, double b, bool expected)
    {
        Assert.Equal(expected, new Change(a, b).Exceeds(ComparisonView.NodeThreshold));
    }

    [Fact]
    public void Percent_FromZero_IsUnknown()
    {
        Assert.Null(new Change(0, 5).Percent);
    }

    [Fact]
    public void Delta_WithinRounding_IsZero()
    {
        Assert.Equal(0, new Change(4_135_000, 4_135_000 - 2.45e-7).Delta);
        Assert.Equal(-10, new Change(100, 90).Delta);
    }
}
