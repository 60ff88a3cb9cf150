using Twin.Domain.Carriers;

namespace Twin.Host.Api.Documents;

/// <summary>
/// A carrier: its unit, and the water (t) and energy (GJ) one unit of it carries, which turn its
/// amounts into the water and energy balances.
/// </summary>
public sealed record CarrierItem(
    string Id,
    string Kind,
    string Unit,
    double WaterTPerUnit,
    double EnergyGjPerUnit,
    string? Description)
{
    public static CarrierItem From(Carrier carrier) => new(
        carrier.Id,
        carrier.Kind.ToString().ToLowerInvariant(),
        carrier.Unit,
        carrier.WaterPerUnit,
        carrier.EnergyPerUnit,
        carrier.Description);
}
