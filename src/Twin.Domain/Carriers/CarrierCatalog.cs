using System.Collections.Frozen;
using Twin.Domain.Units;

namespace Twin.Domain.Carriers;

/// <summary>
/// The carriers a topology may use. Fuel heating values default to those implied by the
/// park's energy table (tce divided by amount, table 4.2-1 of the plan) and a topology may
/// restate them.
/// </summary>
public sealed class CarrierCatalog
{
    private const double Gj = UnitCatalog.GigajoulesPerTce;

    private readonly FrozenDictionary<string, Carrier> _carriers;

    private CarrierCatalog(IEnumerable<Carrier> carriers) =>
        _carriers = carriers.ToFrozenDictionary(c => c.Id);

    public static CarrierCatalog Default { get; } = new(Defaults());

    public IEnumerable<Carrier> All => _carriers.Values.OrderBy(c => c.Id, StringComparer.Ordinal);

    public Carrier this[string id] => _carriers[id];

    public bool TryGet(string id, out Carrier carrier) => _carriers.TryGetValue(id, out carrier!);

    /// <summary>A catalog whose fuels have the given energy per unit (GJ per t or per Nm3).</summary>
    public CarrierCatalog WithHeatingValues(IReadOnlyDictionary<string, double> gigajoulesPerUnit)
    {
        var carriers = _carriers.Values.Select(c =>
            gigajoulesPerUnit.TryGetValue(c.Id, out var value) ? c with { EnergyPerUnit = value } : c);
        return new CarrierCatalog(carriers);
    }

    private static IEnumerable<Carrier> Defaults()
    {
        const CarrierKind W = CarrierKind.Water;
        yield return new("raw-water", W, "t", 1, 0, WaterQuality.Process, 4, "reservoir water before treatment");
        yield return new("fresh-water", W, "t", 1, 0, WaterQuality.Potable, 3, "mains water from water works");
        yield return new("desalinated-water", W, "t", 1, 0, WaterQuality.Potable, 2, "permeate or distillate");
        yield return new("reclaimed-water", W, "t", 1, 0, WaterQuality.Process, 1, "deep-treated WWTP effluent");
        yield return new("seawater", W, "t", 1, 0, WaterQuality.Cooling, 1, "direct seawater use");
        yield return new("wastewater", W, "t", 1, 0, Description: "industrial wastewater to sewer");
        yield return new("sewage", W, "t", 1, 0, Description: "domestic and municipal sewage");
        yield return new("effluent", W, "t", 1, 0, Description: "treated WWTP effluent");
        yield return new("brine", W, "t", 1, 0, Description: "desalination reject");
        yield return new("concentrate", W, "t", 1, 0, Description: "reclaimed-water plant reject");
        yield return new("evaporation", W, "t", 1, 0, Description: "water lost as vapour");
        yield return new("water-in-products", W, "t", 1, 0, Description: "water leaving in products");
        yield return new("leakage", W, "t", 1, 0, Description: "water lost from pipes and networks");
        yield return new("backwash", W, "t", 1, 0, Description: "water works' own use and sludge water");

        const CarrierKind H = CarrierKind.Heat;
        yield return new("heat", H, "GJ", 0, 1, CascadeRank: 2, Description: "hot-water or steam supply");
        yield return new("waste-heat", H, "GJ", 0, 1, CascadeRank: 1, Description: "recovered low-grade heat");
        yield return new("heat-return", H, "GJ", 0, 1, Description: "heat in return water");
        yield return new("steam", H, "GJ", 0, 1, Description: "process steam above the reference");
        yield return new("heat-loss", H, "GJ", 0, 1, Description: "heat rejected to the environment");

        yield return new("electricity", CarrierKind.Electricity, "MWh", 0, 3.6);

        // Heating values: tce over amount in table 4.2-1 of the plan. CO2 factors: IPCC 2006
        // Guidelines vol. 2 table 1.4 defaults (other bituminous coal 94.6 t/TJ, anthracite 98.3,
        // natural gas and LNG 56.1, gas/diesel oil 74.1, residual fuel oil 77.4).
        const CarrierKind F = CarrierKind.Fuel;
        yield return new("coal", F, "t", 0, 0.738 * Gj, Description: "bituminous coal, 0.738 tce/t",
            Co2PerGigajoule: 0.0946);
        yield return new("anthracite", F, "t", 0, 1638.0 / 1911.0 * Gj, Co2PerGigajoule: 0.0983);
        yield return new("natural-gas", F, "Nm3", 0, 13883.0 / 1043.8e4 * Gj, Co2PerGigajoule: 0.0561);
        yield return new("lng", F, "t", 0, 299.0 / 209.3 * Gj, Co2PerGigajoule: 0.0561);
        yield return new("diesel", F, "t", 0, 1529.0 / 1049.3 * Gj, Co2PerGigajoule: 0.0741);
        yield return new("fuel-oil", F, "t", 0, 1493.0 / 1024.8 * Gj, Co2PerGigajoule: 0.0774);
        yield return new("other-fuel", F, "GJ", 0, 1);

        const CarrierKind M = CarrierKind.Material;
        yield return new("fly-ash", M, "t", 0, 0);
        yield return new("slag", M, "t", 0, 0);
        yield return new("gypsum", M, "t", 0, 0, Description: "FGD gypsum");
        // Dewatered sewage sludge at 80 % moisture (GB 24188-2009 limits moisture to < 80 %).
        yield return new("sludge", M, "t", 0.8, 0);
        yield return new("scrap-metal", M, "t", 0, 0);
        yield return new("textile-waste", M, "t", 0, 0);
        yield return new("general-waste", M, "t", 0, 0, Description: "other general industrial solid waste");
        yield return new("hazardous-waste", M, "t", 0, 0);

        const CarrierKind E = CarrierKind.Emission;
        foreach (var pollutant in new[] { "co2", "so2", "nox", "dust", "vocs", "cod", "nh3n" })
        {
            yield return new(pollutant, E, "t", 0, 0);
        }
    }
}
