namespace Twin.Reporting.Documents;

/// <summary>The earlier scenario that a run's growth indicators compared with.</summary>
public sealed record BaselineDocument(string Scenario, int Year);
