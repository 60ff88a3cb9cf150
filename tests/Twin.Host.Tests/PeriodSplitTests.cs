using Twin.Grains.Abstractions.Definitions;
using Twin.Grains.Abstractions.Nodes;
using Twin.Host.Api;

namespace Twin.Host.Tests;

public sealed class PeriodSplitTests
{
    private static readonly HorizonDefinition Year2021 = new(new DateOnly(2021, 1, 1), 365, 24);
    private static readonly HorizonDefinition HourlyWeek = new(new DateOnly(2021, 3, 1), 7, 1);

    [Fact]
    public void Split_MonthOverAYear_GivesTwelveWithTheirDays()
    {
        var periods = PeriodSplit.Split(new StepRange(0, 365), Year2021, BalancePeriod.Month, _ => false);

        Assert.Equal(12, periods.Count);
        Assert.Equal(new StepRange(31, 59), periods[1].Steps);
        Assert.Equal(new DateOnly(2021, 2, 28), periods[1].Days.Last);
        Assert.Equal("2021-12", periods[^1].Label);
    }

    [Fact]
    public void Split_DayAtHourlySteps_GivesOnePerDayOfTwentyFourSteps()
    {
        var periods = PeriodSplit.Split(new StepRange(0, 7 * 24), HourlyWeek, BalancePeriod.Day, _ => false);

        Assert.Equal(7, periods.Count);
        Assert.All(periods, p => Assert.Equal(24, p.Steps.To - p.Steps.From));
    }

    [Fact]
    public void Split_StepAtHourlySteps_LabelsTheHour()
    {
        var periods = PeriodSplit.Split(new StepRange(25, 27), HourlyWeek, BalancePeriod.Step, _ => false);

        Assert.Equal(["2021-03-02T01", "2021-03-02T02"], periods.Select(p => p.Label));
    }

    [Fact]
    public void Split_HeatingSeasonWithoutProfile_UsesFifteenNovemberToThirtyFirstMarch()
    {
        var periods = PeriodSplit.Split(new StepRange(0, 365), Year2021, BalancePeriod.HeatingSeason,
            HeatingSeason.Of(null));

        Assert.Equal(["heating season 2020/21", "outside the heating season 2021", "heating season 2021/22"],
            periods.Select(p => p.Label));
        Assert.Equal(new DateOnly(2021, 3, 31), periods[0].Days.Last);
        Assert.Equal(new DateOnly(2021, 11, 15), periods[2].Days.First);
    }

    [Fact]
    public void Split_Horizon_IsTheWholeRangeInOne()
    {
        var periods = PeriodSplit.Split(new StepRange(10, 20), Year2021, BalancePeriod.Horizon, _ => false);

        var period = Assert.Single(periods);

        Assert.Equal(new StepRange(10, 20), period.Steps);
        Assert.Equal("2021-01-11/2021-01-20", period.Label);
    }

    [Theory]
    [InlineData(null, "horizon")]
    [InlineData("day", "day")]
    [InlineData("heating-season", "heating_season")]
    [InlineData("heating_season", "heating_season")]
    public void TryParse_KnownName_GivesItsPeriod(string? text, string expected)
    {
        Assert.True(PeriodSplit.TryParse(text, out var period));
        Assert.Equal(expected, PeriodSplit.NameOf(period));
    }

    [Fact]
    public void TryParse_UnknownName_IsFalse()
    {
        Assert.False(PeriodSplit.TryParse("week", out _));
    }
}
