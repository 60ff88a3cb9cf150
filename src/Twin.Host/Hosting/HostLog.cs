namespace Twin.Host.Hosting;

internal static partial class HostLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "{Park}: serving {Count} scenarios from {Source}")]
    public static partial void ParkLoaded(ILogger logger, string park, string source, int count);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "{Source}: not served, {Issues} problems reading the park")]
    public static partial void UnreadablePark(ILogger logger, string source, int issues);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "no topology folder at {Folder}: serving no scenarios")]
    public static partial void NoTopology(ILogger logger, string folder);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "{Scenario}: run {Run} requested over HTTP")]
    public static partial void RunRequested(ILogger logger, string scenario, int run);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "twin host: {Mode}, data {Store}, parks from {Topology}")]
    public static partial void Starting(ILogger logger, string mode, string store, string topology);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning,
        Message = "{Park} {Scenario}: overlay refused with {Problems} problems")]
    public static partial void OverlayRejected(ILogger logger, string park, string scenario, int problems);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information,
        Message = "{Scenario}: created over HTTP")]
    public static partial void ScenarioCreated(ILogger logger, string scenario);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information,
        Message = "{Scenario}: deleted over HTTP with its results")]
    public static partial void ScenarioDeleted(ILogger logger, string scenario);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning,
        Message = "{Path}: write refused ({Reason}) from {Remote}")]
    public static partial void WriteRefused(ILogger logger, string path, string reason, string remote);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Critical,
        Message = "refusing to start: {Reason}")]
    public static partial void RefusedToStart(ILogger logger, string reason);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "write access: {Rule}")]
    public static partial void WriteAccess(ILogger logger, string rule);
}
