namespace Twin.Host.Api.Documents;

/// <summary>One park total in two runs: delta = b - a; relative = delta / |a|, null when a is 0.</summary>
public sealed record TotalComparison(string Name, string Unit, double? A, double? B, double? Delta,
    double? Relative);
