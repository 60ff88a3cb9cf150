using Twin.Grains.Abstractions.Runs;

namespace Twin.Host.Api.Documents;

/// <summary>
/// Where a scenario's latest run stands: state "not_run", "running", "completed", "failed" or
/// "cancelled", and how far it got.
/// </summary>
/// <param name="Change">The largest relative change of a connection's flow in the last sweep.</param>
public sealed record StatusDocument(
    string Scenario,
    string State,
    int Run,
    int Sweep,
    int MaxSweeps,
    double Change,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    FailureDocument? Failure,
    HorizonDocument? Horizon)
{
    public static StatusDocument From(ScenarioStatus status) => new(
        status.Scenario,
        StateName(status.State),
        status.Run,
        status.Sweep,
        status.MaxSweeps,
        status.Change,
        status.StartedAt,
        status.FinishedAt,
        status.Failure is { } f ? new FailureDocument(f.Kind.ToString().ToLowerInvariant(), f.Message) : null,
        status.Horizon is { } h ? HorizonDocument.From(h) : null);

    public static string StateName(RunState state) => state switch
    {
        RunState.NotRun => "not_run",
        _ => state.ToString().ToLowerInvariant(),
    };
}
