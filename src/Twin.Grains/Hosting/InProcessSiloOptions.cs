using Microsoft.Extensions.Logging;

namespace Twin.Grains.Hosting;

/// <summary>How <see cref="InProcessSilo"/> starts its silo.</summary>
public sealed record InProcessSiloOptions
{
    /// <summary>
    /// Replaces the in-memory storage: it must register grain storage named
    /// <see cref="TwinStorage.Name"/>.
    /// </summary>
    public Action<ISiloBuilder>? ConfigureStorage { get; init; }

    /// <summary>Messages below this level are dropped; a command line wants only warnings.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Adds logging providers (none by default, so the silo is silent).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
