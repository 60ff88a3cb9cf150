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
}
