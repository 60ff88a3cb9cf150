namespace Twin.Domain.Model;

/// <summary>
/// The simulated period: <see cref="Days"/> whole days from <see cref="Start"/> at a fixed step.
/// Years are the statistics' 365 days, so a one-year horizon from 1 January leaves out
/// 31 December of a leap year.
/// </summary>
public sealed record Horizon(DateOnly Start, int Days, StepLength Step)
{
    public int StepHours => Step == StepLength.Day ? 24 : 1;

    public int StepsPerDay => 24 / StepHours;

    public int Steps => Days * StepsPerDay;

    public double Hours => Days * 24.0;

    /// <summary>The day of the year (0..364) that a step falls on, counted from 1 January.</summary>
    public int DayOfYear(int step)
    {
        var date = Start.AddDays(step / StepsPerDay);
        return Math.Min(date.DayOfYear - 1, 364);
    }

    public DateOnly Date(int step) => Start.AddDays(step / StepsPerDay);

    public static Horizon Year(int year, StepLength step) => new(new DateOnly(year, 1, 1), 365, step);
}
