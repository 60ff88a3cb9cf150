using Microsoft.Extensions.Logging;

namespace Twin.Grains.Parks;

internal static partial class ParkLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "{Park} {Scenario}: created on base {Base}")]
    public static partial void Created(ILogger logger, string park, string scenario, string @base);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "{Park} {Scenario}: removed")]
    public static partial void Removed(ILogger logger, string park, string scenario);
}
