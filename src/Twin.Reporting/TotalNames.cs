namespace Twin.Reporting;

/// <summary>The park totals that people read first, and the unit each name ends in.</summary>
public static class TotalNames
{
    /// <summary>The totals that the design promises in totals.json, in its order.</summary>
    public static IReadOnlyList<string> Main { get; } =
    [
        "fresh_water_t", "seawater_t", "desalinated_water_t", "reclaimed_water_t", "wastewater_t",
        "cod_t", "nh3n_t", "so2_t", "nox_t", "dust_t", "vocs_t", "co2_t", "coal_t", "coal_tce",
        "energy_consumed_tce", "heat_supplied_gj", "waste_heat_supplied_gj", "solid_waste_t",
        "solid_waste_utilised_t", "hazardous_waste_t", "value_added_10k_cny",
    ];

    private static readonly (string Suffix, string Unit)[] Suffixes =
    [
        ("_10k_cny", "10k CNY"), ("_tce", "tce"), ("_gj", "GJ"), ("_mwh", "MWh"), ("_t", "t"),
    ];

    /// <summary>The unit of a total, read from the end of its name ("" when it states none).</summary>
    public static string UnitOf(string name) =>
        Suffixes.FirstOrDefault(s => name.EndsWith(s.Suffix, StringComparison.Ordinal)).Unit ?? "";

    /// <summary>The main totals first, in the design's order, then any others by name.</summary>
    public static IEnumerable<string> InReadingOrder(IEnumerable<string> names)
    {
        var all = names.ToHashSet(StringComparer.Ordinal);
        return Main.Where(all.Contains).Concat(all.Except(Main).Order(StringComparer.Ordinal));
    }
}
