using Twin.Domain.Model;

namespace Twin.Reporting.Documents;

/// <summary>The simulated period as the run files state it.</summary>
public sealed record HorizonDocument(DateOnly Start, int Days, int Steps)
{
    public static HorizonDocument From(Horizon horizon) => new(horizon.Start, horizon.Days, horizon.Steps);

    /// <summary>"day" or "hour", as <c>--step</c> takes it.</summary>
    public static string StepName(StepLength step) => step == StepLength.Hour ? "hour" : "day";
}
