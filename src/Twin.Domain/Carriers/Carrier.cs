namespace Twin.Domain.Carriers;

/// <summary>
/// One kind of flow on a connection. <see cref="WaterPerUnit"/> and <see cref="EnergyPerUnit"/>
/// turn an amount into the water (t) and energy (GJ) it carries, as flows.csv reports them.
/// </summary>
/// <param name="Id">Name used in topologies and exports, e.g. "reclaimed-water".</param>
/// <param name="Unit">The unit of amounts of this carrier.</param>
/// <param name="Grade">For water: the highest use it is fit for; null for other carriers.</param>
/// <param name="CascadeRank">Default supply priority where a user has several sources of the
/// same service (1 is used first): reclaimed before desalinated before fresh water, waste heat
/// before fired heat.</param>
/// <param name="Co2PerGigajoule">For fuels: t of CO2 per GJ burnt.</param>
public sealed record Carrier(
    string Id,
    CarrierKind Kind,
    string Unit,
    double WaterPerUnit,
    double EnergyPerUnit,
    WaterQuality? Grade = null,
    int CascadeRank = 5,
    string? Description = null,
    double Co2PerGigajoule = 0)
{
    public bool CarriesWater => WaterPerUnit > 0;

    public bool CarriesEnergy => EnergyPerUnit > 0;

    public bool IsWaterSupply => Grade is not null;
}
