namespace Twin.Grains.Abstractions.Results;

/// <summary>The park's named totals over a run's horizon, as totals.json reports them.</summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.RunTotals")]
public sealed record RunTotals(
    [property: Id(0)] int Run,
    [property: Id(1)] string Scenario,
    [property: Id(2)] int Year,
    [property: Id(3)] Dictionary<string, double> Totals);
