namespace Twin.Domain.Accounting;

/// <summary>A run of an earlier year that growth-based indicators compare with.</summary>
public sealed record Baseline(int Year, double ValueAdded, IReadOnlyDictionary<string, double> Totals);
