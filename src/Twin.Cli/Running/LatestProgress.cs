using Twin.Domain.Simulation;

namespace Twin.Cli.Running;

/// <summary>
/// Keeps only the engine's last report. The display polls it at its own pace, so a fast
/// engine is never slowed by one console update per sweep.
/// </summary>
internal sealed class LatestProgress : IProgress<RunProgress>
{
    private RunProgress? _current;

    public RunProgress? Current => Volatile.Read(ref _current);

    public void Report(RunProgress value) => Volatile.Write(ref _current, value);
}
