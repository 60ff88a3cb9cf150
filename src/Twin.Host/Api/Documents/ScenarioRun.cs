namespace Twin.Host.Api.Documents;

/// <summary>Which run of which scenario a comparison read.</summary>
public sealed record ScenarioRun(string Scenario, int Run, int Year);
