namespace Twin.Domain.Analysis;

/// <summary>How much one constraint lets the network deliver over the horizon (t), and why.</summary>
public sealed record UptakeLimit(UptakeConstraint Constraint, double LimitT, string Detail);
