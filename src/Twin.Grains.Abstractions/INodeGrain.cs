using Orleans.Concurrency;
using Twin.Grains.Abstractions.Nodes;

namespace Twin.Grains.Abstractions;

/// <summary>
/// One node of one scenario, keyed by <see cref="GrainKeys.Node"/>: its bound process during a
/// run, and its stored flows and terms after one, from which it answers balance queries.
/// </summary>
[Alias("twin.INodeGrain")]
public interface INodeGrain : IGrainWithStringKey
{
    /// <summary>Binds the node's process for a run; a later run's setup replaces it.</summary>
    [Alias("Prepare")]
    Task Prepare(NodeSetup setup);

    /// <summary>
    /// Evaluates the node once on whole series: what arrives and what is asked in, what the node
    /// sends and asks out. Throws <see cref="NodeNotPreparedException"/> when this activation was
    /// not prepared for the run (it was lost with a silo).
    /// </summary>
    [Alias("Evaluate")]
    Task<NodeOutputs> Evaluate(NodeInputs inputs);

    /// <summary>Stores the run's final flows with the node's last terms, once, and returns the terms.</summary>
    [Alias("Complete")]
    Task<NodeTermsSeries> Complete(NodeCompletion completion);

    /// <summary>
    /// The node's balance over a step range of run <paramref name="run"/>; null when it holds no
    /// results of that run.
    /// </summary>
    [Alias("Balance")]
    [ReadOnly]
    Task<NodeBalanceReport?> Balance(int run, StepRange range);

    /// <summary>
    /// The node's balance over each of <paramref name="periods"/> of run <paramref name="run"/>,
    /// in one call: a year by day is one request, not 365. Null when it holds no results of that run.
    /// </summary>
    [Alias("Balances")]
    [ReadOnly]
    Task<NodeBalanceReport[]?> Balances(int run, StepRange[] periods);

    /// <summary>Forgets the node's stored results, when its scenario is deleted.</summary>
    [Alias("Clear")]
    Task Clear();
}
