using Orleans.Concurrency;
using Twin.Grains.Abstractions.Results;
using Twin.Grains.Abstractions.Runs;

namespace Twin.Grains.Abstractions;

/// <summary>
/// One scenario of a park, keyed by <see cref="GrainKeys.Scenario"/>: it loads the park into
/// its node grains, runs the sweeps, and keeps the status and results of its latest run.
/// </summary>
[Alias("twin.IScenarioGrain")]
public interface IScenarioGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts a run and returns at once; <see cref="RunStartOutcome.AlreadyRunning"/> when a run
    /// of this scenario is still going.
    /// </summary>
    [Alias("Start")]
    Task<RunStart> Start(RunRequest request);

    [Alias("Status")]
    [AlwaysInterleave]
    Task<ScenarioStatus> Status();

    /// <summary>
    /// The status once its <see cref="ScenarioStatus.Version"/> passes <paramref name="seen"/>,
    /// or after <paramref name="wait"/> (at most ten seconds) whichever comes first.
    /// </summary>
    [Alias("Watch")]
    [AlwaysInterleave]
    Task<ScenarioStatus> Watch(long seen, TimeSpan wait);

    /// <summary>Asks run <paramref name="run"/> to stop after its current node; false if it is not going.</summary>
    [Alias("Cancel")]
    Task<bool> Cancel(int run);

    /// <summary>The totals of the latest completed run, or null when the latest run did not complete.</summary>
    [Alias("Totals")]
    [ReadOnly]
    Task<RunTotals?> Totals();

    [Alias("Flows")]
    [ReadOnly]
    Task<FlowTable?> Flows();

    [Alias("Indicators")]
    [ReadOnly]
    Task<IndicatorTable?> Indicators();

    /// <summary>Every node's balance and the park's over the whole horizon of the latest completed run.</summary>
    [Alias("Balances")]
    [ReadOnly]
    Task<BalanceTable?> Balances();

    /// <summary>
    /// The step-by-step flows and node terms of run <paramref name="run"/>, held in memory by the
    /// activation that ran it; null once that activation is gone or a later run started.
    /// </summary>
    [Alias("Result")]
    [ReadOnly]
    Task<RunResult?> Result(int run);

    /// <summary>
    /// Forgets the scenario's runs and results, and those of <paramref name="nodes"/> and of the
    /// nodes of its stored results; refused while a run is going.
    /// </summary>
    [Alias("Delete")]
    Task<ScenarioDeletion> Delete(string[] nodes);
}
