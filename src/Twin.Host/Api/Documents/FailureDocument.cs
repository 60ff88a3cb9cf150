namespace Twin.Host.Api.Documents;

/// <summary>Why a run failed: "convergence", "interrupted" (its silo stopped) or "error".</summary>
public sealed record FailureDocument(string Kind, string Message);
