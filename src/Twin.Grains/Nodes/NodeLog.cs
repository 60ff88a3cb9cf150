using Microsoft.Extensions.Logging;

namespace Twin.Grains.Nodes;

internal static partial class NodeLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug,
        Message = "{Scenario} {Node}: prepared for run {Run} ({Inputs} inputs, {Outputs} outputs, {Steps} steps)")]
    public static partial void Prepared(ILogger logger, string scenario, string node, int run, int inputs,
        int outputs, int steps);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug,
        Message = "{Scenario} {Node}: evaluated in sweep {Sweep} of run {Run}")]
    public static partial void Evaluated(ILogger logger, string scenario, string node, int sweep, int run);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug,
        Message = "{Scenario} {Node}: stored the results of run {Run} after {Sweeps} sweeps")]
    public static partial void Stored(ILogger logger, string scenario, string node, int run, int sweeps);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "{Scenario} {Node}: asked for run {Run} but not prepared for it (prepared: {Prepared})")]
    public static partial void NotPrepared(ILogger logger, string scenario, string node, int run, int prepared);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information,
        Message = "{Scenario} {Node}: stored results cleared")]
    public static partial void Cleared(ILogger logger, string scenario, string node);
}
