namespace Twin.Host.Api;

/// <summary>
/// How a balance query splits its steps: one period per step, day, month or heating season, or
/// the whole range in one.
/// </summary>
internal enum BalancePeriod
{
    Step,
    Day,
    Month,
    HeatingSeason,
    Horizon,
}
