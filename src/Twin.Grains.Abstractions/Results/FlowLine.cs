namespace Twin.Grains.Abstractions.Results;

/// <summary>
/// A connection's total over the horizon, as a row of flows.csv: amount in the carrier's unit,
/// and the water (t) and energy (GJ) it carries, null when it carries none.
/// </summary>
[GenerateSerializer]
[Alias("twin.FlowLine")]
public sealed record FlowLine(
    [property: Id(0)] string From,
    [property: Id(1)] string To,
    [property: Id(2)] string Carrier,
    [property: Id(3)] double Amount,
    [property: Id(4)] string Unit,
    [property: Id(5)] double? WaterT,
    [property: Id(6)] double? EnergyGj);
