using Twin.Grains.Abstractions.Runs;

namespace Twin.Host.Scenarios;

/// <summary>The outcome of a delete, with the status that refused it or the scenarios built on it.</summary>
internal sealed record Deletion(DeletionOutcome Outcome, ScenarioStatus? Status, IReadOnlyList<string> Dependents);
