using Twin.Grains.Abstractions.Definitions;

namespace Twin.Host.Api.Documents;

/// <summary>A horizon: whole days from <see cref="Start"/> at steps of an hour or a day.</summary>
public sealed record HorizonDocument(DateOnly Start, int Days, string Step, int Steps)
{
    public static HorizonDocument From(HorizonDefinition horizon) =>
        new(horizon.Start, horizon.Days, horizon.StepHours == 24 ? "day" : "hour", horizon.Steps);
}
