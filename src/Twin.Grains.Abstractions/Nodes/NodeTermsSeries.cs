namespace Twin.Grains.Abstractions.Nodes;

/// <summary>
/// A node's balance terms besides its flows, per step: stock changes of water (t) and energy
/// (GJ), carriers created (+) or destroyed (-), named shortfalls and named details. The
/// dictionaries keep the order in which the process first reported each name.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("twin.NodeTermsSeries")]
public sealed record NodeTermsSeries(
    [property: Id(0)] double[] WaterStockChange,
    [property: Id(1)] double[] EnergyStockChange,
    [property: Id(2)] Dictionary<string, double[]> Transformed,
    [property: Id(3)] Dictionary<string, double[]> Shortfalls,
    [property: Id(4)] Dictionary<string, double[]> Details);
