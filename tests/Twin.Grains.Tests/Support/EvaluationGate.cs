using Twin.Grains.Abstractions;

namespace Twin.Grains.Tests.Support;

/// <summary>
/// Holds one node evaluation of one scenario until a test releases it, so that a test can act
/// while a run is certainly in its middle (start another run, kill the silo), without timing.
/// One gate serves every silo of a cluster; a test arms it, and disarms it when done.
/// </summary>
internal sealed class EvaluationGate
{
    private Armed? _armed;

    /// <summary>Holds the <paramref name="nth"/> evaluation of a node of <paramref name="scenario"/>.</summary>
    public Armed Arm(string scenario, int nth)
    {
        var armed = new Armed(scenario, nth);
        _armed = armed;
        return armed;
    }

    public void Disarm()
    {
        _armed?.Release();
        _armed = null;
    }

    public async Task PassAsync(string grainKey, string method, SiloAddress silo)
    {
        if (_armed is not { } armed || method != nameof(INodeGrain.Evaluate)
            || !grainKey.StartsWith(armed.Scenario + GrainKeys.NodeSeparator, StringComparison.Ordinal)
            || Interlocked.Increment(ref armed.Count) != armed.Nth)
        {
            return;
        }

        armed.Held.TrySetResult(silo);
        await armed.Released.Task;
    }

    public sealed class Armed(string scenario, int nth)
    {
        public int Count;

        public string Scenario { get; } = scenario;

        public int Nth { get; } = nth;

        /// <summary>Completes with the silo of the held evaluation once it is held.</summary>
        public TaskCompletionSource<SiloAddress> Held { get; } = new(Asynchronously);

        public TaskCompletionSource Released { get; } = new(Asynchronously);

        private static TaskCreationOptions Asynchronously => TaskCreationOptions.RunContinuationsAsynchronously;

        public void Release() => Released.TrySetResult();
    }
}
