namespace Twin.Reporting.Documents;

/// <summary>run.json: what was run, how, when and by which version of the twin.</summary>
/// <param name="Topology">The topology path as given on the command line.</param>
/// <param name="Step">"day" or "hour", after any <c>--step</c> override.</param>
public sealed record RunManifest(
    string Scenario,
    string Topology,
    string Engine,
    int Year,
    HorizonDocument Horizon,
    string Step,
    int Sweeps,
    BaselineDocument? Baseline,
    DateTime StartedUtc,
    DateTime FinishedUtc,
    string TwinVersion);
