using System.Collections.Immutable;
using Twin.Domain.Simulation;
using Twin.Grains.Hosting;

namespace Twin.Cli;

/// <summary>
/// The simulation engines that <c>--engine</c> can name. The kernel is always there; other
/// engines (the Orleans grains) join with <see cref="With"/> where they are hosted.
/// </summary>
public sealed class EngineRegistry
{
    public const string Kernel = "kernel";

    /// <summary>The Orleans engine: a silo inside this process; the default of <c>twin run</c>.</summary>
    public const string Grains = InProcessGrainEngine.EngineName;

    private readonly ImmutableSortedDictionary<string, Func<ISimulationEngine>> _engines;

    private EngineRegistry(ImmutableSortedDictionary<string, Func<ISimulationEngine>> engines) =>
        _engines = engines;

    public static EngineRegistry Default { get; } = new(
        ImmutableSortedDictionary.Create<string, Func<ISimulationEngine>>(StringComparer.Ordinal)
            .Add(Kernel, () => new KernelEngine())
            .Add(Grains, () => new InProcessGrainEngine()));

    public IEnumerable<string> Names => _engines.Keys;

    /// <summary>A registry with one more engine, or with <paramref name="name"/> made another way.</summary>
    public EngineRegistry With(string name, Func<ISimulationEngine> create) =>
        new(_engines.SetItem(name, create));

    /// <summary>An engine for one command, released (its silo stopped) when the lease is disposed.</summary>
    public EngineLease Lease(string name) => new(Create(name));

    public ISimulationEngine Create(string name) =>
        _engines.TryGetValue(name, out var create)
            ? create()
            : throw new TwinInputException($"unknown engine '{name}' (known: {string.Join(", ", Names)})");
}
