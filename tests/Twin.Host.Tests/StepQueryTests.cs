using Twin.Grains.Abstractions.Definitions;
using Twin.Host.Api;

namespace Twin.Host.Tests;

public sealed class StepQueryTests
{
    private static readonly HorizonDefinition Daily = new(new DateOnly(2020, 1, 1), 365, 24);
    private static readonly HorizonDefinition Hourly = new(new DateOnly(2020, 1, 1), 365, 1);

    [Fact]
    public void TryParse_NoBounds_IsTheWholeHorizon()
    {
        Assert.True(StepQuery.TryParse(null, null, Hourly, out var range, out _));

        Assert.Equal((0, 8760), (range.From, range.To));
    }

    [Fact]
    public void TryParse_DatesOfJanuary_AreItsStepsWithBothDaysIncluded()
    {
        Assert.True(StepQuery.TryParse("2020-01-01", "2020-01-31", Daily, out var daily, out _));
        Assert.True(StepQuery.TryParse("2020-01-01", "2020-01-31", Hourly, out var hourly, out _));

        Assert.Equal((0, 31), (daily.From, daily.To));
        Assert.Equal((0, 31 * 24), (hourly.From, hourly.To));
    }

    [Fact]
    public void TryParse_StepIndices_AreHalfOpen()
    {
        Assert.True(StepQuery.TryParse("24", "48", Hourly, out var range, out _));

        Assert.Equal((24, 48), (range.From, range.To));
    }

    [Fact]
    public void TryParse_LastDayOfHorizon_EndsAtItsLastStep()
    {
        Assert.True(StepQuery.TryParse("2020-12-30", "2020-12-30", Hourly, out var range, out _));

        Assert.Equal((8760 - 24, 8760), (range.From, range.To));
    }

    [Theory]
    [InlineData("abc", null, "neither a date")]
    [InlineData("2019-12-31", null, "outside the horizon")]
    [InlineData(null, "2020-12-31", "outside the horizon")]
    [InlineData("10", "5", "empty")]
    [InlineData(null, "0", "outside")]
    [InlineData("365", null, "outside")]
    [InlineData("-1", null, "neither a date")]
    [InlineData("2020-1-5", null, "neither a date")]
    public void TryParse_BadBound_SaysWhatIsWrong(string? from, string? to, string expected)
    {
        Assert.False(StepQuery.TryParse(from, to, Daily, out _, out var problem));

        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
