using Twin.Grains.Abstractions.Results;
using Twin.Grains.Abstractions.Runs;

namespace Twin.Grains.Scenarios;

/// <summary>
/// What a scenario grain stores: the status of its latest run and, when that run completed,
/// its results. Written when a run starts (so a crash leaves "running" behind, which the next
/// activation turns into a failure) and when it ends.
/// </summary>
[GenerateSerializer]
[Alias("twin.ScenarioState")]
public sealed record ScenarioState
{
    [Id(0)]
    public ScenarioStatus? Status { get; init; }

    [Id(1)]
    public RunTotals? Totals { get; init; }

    [Id(2)]
    public FlowTable? Flows { get; init; }

    [Id(3)]
    public IndicatorTable? Indicators { get; init; }

    [Id(4)]
    public BalanceTable? Balances { get; init; }
}
