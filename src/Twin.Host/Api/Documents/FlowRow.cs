using Twin.Grains.Abstractions.Results;

namespace Twin.Host.Api.Documents;

/// <summary>
/// One row of flows.csv: a connection's total over the horizon in the carrier's own unit, and
/// the water (t) and energy (GJ) it carries, null where it carries none.
/// </summary>
public sealed record FlowRow(
    string From,
    string To,
    string Carrier,
    double Amount,
    string Unit,
    double? WaterT,
    double? EnergyGj)
{
    public static FlowRow Of(FlowLine line) =>
        new(line.From, line.To, line.Carrier, line.Amount, line.Unit, line.WaterT, line.EnergyGj);
}
