using Microsoft.Extensions.Logging;

namespace Twin.Grains.Scenarios;

internal static partial class ScenarioLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "{Scenario}: run {Run} started ({Nodes} nodes, {Connections} connections, {Steps} steps)")]
    public static partial void Started(ILogger logger, string scenario, int run, int nodes, int connections,
        int steps);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug,
        Message = "{Scenario}: run {Run} sweep {Sweep} changed edges by at most {Change:G3}")]
    public static partial void Swept(ILogger logger, string scenario, int run, int sweep, double change);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
        Message = "{Scenario}: run {Run} completed after {Sweeps} sweeps")]
    public static partial void Completed(ILogger logger, string scenario, int run, int sweeps);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning,
        Message = "{Scenario}: run {Run} failed ({Kind}): {Reason}")]
    public static partial void Failed(ILogger logger, string scenario, int run, string kind, string reason,
        Exception? exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning,
        Message = "{Scenario}: refused a new run while run {Run} is going")]
    public static partial void Refused(ILogger logger, string scenario, int run);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning,
        Message = "{Scenario}: run {Run} was interrupted when its silo stopped; marked failed")]
    public static partial void Interrupted(ILogger logger, string scenario, int run);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information,
        Message = "{Scenario}: run {Run} cancelled after {Sweeps} sweeps")]
    public static partial void Cancelled(ILogger logger, string scenario, int run, int sweeps);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Error,
        Message = "{Scenario}: could not store the end of run {Run}")]
    public static partial void NotStored(ILogger logger, string scenario, int run, Exception exception);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning,
        Message = "{Scenario}: refused to delete while run {Run} is going")]
    public static partial void DeleteRefused(ILogger logger, string scenario, int run);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information,
        Message = "{Scenario}: deleted with the stored results of {Nodes} nodes")]
    public static partial void Deleted(ILogger logger, string scenario, int nodes);
}
