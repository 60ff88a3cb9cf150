namespace Twin.Host.Api.Documents;

/// <summary>The first and last day (both included) that a period's steps fall on.</summary>
public sealed record PeriodDays(DateOnly First, DateOnly Last);
