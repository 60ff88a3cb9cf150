using Twin.Domain.Carriers;
using Twin.Grains.Abstractions.Definitions;

namespace Twin.Grains.Mapping;

internal static class CarrierMapping
{
    public static CarrierDefinition ToDefinition(this Carrier carrier) => new(
        carrier.Id, carrier.Kind.ToString(), carrier.Unit, carrier.WaterPerUnit, carrier.EnergyPerUnit,
        carrier.Grade?.ToString(), carrier.CascadeRank, carrier.Description, carrier.Co2PerGigajoule);

    public static Carrier ToModel(this CarrierDefinition carrier) => new(
        carrier.Id,
        Enum.Parse<CarrierKind>(carrier.Kind),
        carrier.Unit,
        carrier.WaterPerUnit,
        carrier.EnergyPerUnit,
        carrier.Grade is null ? null : Enum.Parse<WaterQuality>(carrier.Grade),
        carrier.CascadeRank,
        carrier.Description,
        carrier.Co2PerGigajoule);

    /// <summary>
    /// Rebuilds a park's carrier catalog. The domain makes catalogs only from its defaults with
    /// restated heating values, so that is how the catalog is rebuilt; a carrier that differs
    /// otherwise could not have come from a topology and is refused rather than silently changed.
    /// </summary>
    public static CarrierCatalog ToCatalog(IReadOnlyList<CarrierDefinition> carriers)
    {
        var energy = carriers.ToDictionary(c => c.Id, c => c.EnergyPerUnit);
        var catalog = CarrierCatalog.Default.WithHeatingValues(energy);
        foreach (var definition in carriers)
        {
            if (!catalog.TryGet(definition.Id, out var carrier) || carrier != definition.ToModel())
            {
                throw new ArgumentException(
                    $"carrier '{definition.Id}' differs from the twin's catalog beyond its heating value",
                    nameof(carriers));
            }
        }

        return catalog;
    }
}
