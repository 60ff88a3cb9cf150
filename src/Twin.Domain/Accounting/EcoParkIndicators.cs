using Twin.Domain.Model;

namespace Twin.Domain.Accounting;

/// <summary>
/// The 23 indicators of the provincial eco-industrial park standard (park data, section 5).
/// Indicators 1, 5, 6, 8, 10, 15 and 18 follow from a run's flows and the scenario's
/// economy; 7, 9, 16 and 17 compare a run with a baseline run (the base year); the others are
/// management facts that the topology records per year.
/// </summary>
public static class EcoParkIndicators
{
    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new(1, "IVA per employee", "万元/person", Comparison.AtLeast, 15),
        new(2, "cleaner-production audit rate of key enterprises", "%", Comparison.AtLeast, 100),
        new(3, "new eco-industrial chain projects after the plan", "count", Comparison.Above, 6),
        new(4, "central WWTP with online monitoring", "-", Comparison.Present, 1),
        new(5, "industrial solid waste utilisation rate", "%", Comparison.AtLeast, 70),
        new(6, "IVA per km2 of industrial land", "亿元/km2", Comparison.AtLeast, 9),
        new(7, "energy-consumption elasticity", "-", Comparison.AtMost, 0.6),
        new(8, "energy per IVA", "tce/万元", Comparison.AtMost, 0.5),
        new(9, "fresh-water elasticity", "-", Comparison.AtMost, 0.55),
        new(10, "industrial water reuse rate", "%", Comparison.AtLeast, 75),
        new(11, "key sources meeting emission limits", "-", Comparison.Present, 1),
        new(12, "total-load control targets met", "-", Comparison.Present, 1),
        new(13, "major environmental incidents", "count", Comparison.AtMost, 0),
        new(14, "environmental management completeness", "%", Comparison.AtLeast, 100),
        new(15, "solid waste (incl. hazardous) disposal-or-use rate", "%", Comparison.AtLeast, 100),
        new(16, "main-pollutant emission elasticity", "-", Comparison.AtMost, 0.3),
        new(17, "yearly reduction of CO2 per IVA", "%", Comparison.AtLeast, 3),
        new(18, "wastewater per IVA", "t/万元", Comparison.AtMost, 7),
        new(19, "green coverage", "%", Comparison.AtLeast, 15),
        new(20, "environmental-risk system completeness", "%", Comparison.AtLeast, 100),
        new(21, "key enterprises' environmental disclosure", "%", Comparison.AtLeast, 100),
        new(22, "eco-industrial information platform completeness", "%", Comparison.AtLeast, 100),
        new(23, "eco-industry publicity events", "per year", Comparison.AtLeast, 2),
    ];

    /// <summary>
    /// Indicators of a scenario. <paramref name="baseline"/> (totals and economy of a run of an
    /// earlier year) enables the elasticities and the CO2-intensity reduction.
    /// </summary>
    public static IReadOnlyList<IndicatorResult> Compute(ParkModel park, IReadOnlyDictionary<string, double> totals,
        Baseline? baseline = null)
    {
        var flows = FromFlows(park, totals);
        var compared = baseline is null || baseline.Year >= park.Year
            ? new Dictionary<int, double>()
            : AgainstBaseline(park, totals, baseline);
        return Definitions.Select(d => Result(park, d, flows, compared)).ToArray();
    }

    private static IndicatorResult Result(ParkModel park, IndicatorDefinition d,
        Dictionary<int, double> flows, Dictionary<int, double> compared)
    {
        double? value;
        string basis;
        if (flows.TryGetValue(d.Number, out var v))
        {
            (value, basis) = (v, "flows");
        }
        else if (compared.TryGetValue(d.Number, out var c))
        {
            (value, basis) = (c, "baseline");
        }
        else
        {
            value = park.Facts.TryGetValue($"indicator.{d.Number}.{park.Year}", out var g) ? g : null;
            basis = "given";
        }

        double? target = park.Facts.TryGetValue($"target.{d.Number}.{park.Year}", out var t) ? t : null;
        bool? met = value is { } x
            ? d.Meets(x, d.Standard) && (target is null || d.MeetsTarget(x, target.Value))
            : null;
        return new IndicatorResult(d.Number, d.Name, d.Unit, value, d.StandardText, target, met, basis);
    }

    private static Dictionary<int, double> FromFlows(ParkModel park, IReadOnlyDictionary<string, double> t)
    {
        var economy = park.Economy;
        var valueAdded = economy.ValueAdded;
        var reuse = t["water_recirculated_t"] + t["reclaimed_water_t"];
        var waste = t["solid_waste_t"];
        var values = new Dictionary<int, double>();
        if (economy.Employees > 0) values[1] = valueAdded / economy.Employees;
        if (waste > 0) values[5] = 100 * t["solid_waste_utilised_t"] / waste;
        if (economy.IndustrialLandKm2 > 0) values[6] = valueAdded / 1e4 / economy.IndustrialLandKm2;
        if (valueAdded > 0) values[8] = t["energy_consumed_tce"] / valueAdded;
        if (reuse + t["fresh_water_t"] > 0) values[10] = 100 * reuse / (reuse + t["fresh_water_t"]);
        if (waste > 0) values[15] = 100 * (t["solid_waste_utilised_t"] + t["solid_waste_disposed_t"]) / waste;
        if (valueAdded > 0) values[18] = t["wastewater_t"] / valueAdded;
        return values;
    }

    /// <summary>
    /// Elasticity = growth rate of a quantity / growth rate of IVA over the same period; the
    /// CO2 reduction is the yearly average fall of CO2 per IVA since the baseline.
    /// </summary>
    private static Dictionary<int, double> AgainstBaseline(ParkModel park, IReadOnlyDictionary<string, double> t,
        Baseline b)
    {
        var values = new Dictionary<int, double>();
        var growth = park.Economy.ValueAdded / b.ValueAdded - 1;
        if (Math.Abs(growth) < 1e-12)
        {
            return values;
        }

        double Elasticity(double now, double then) => (now / then - 1) / growth;
        values[7] = Elasticity(t["energy_consumed_tce"], b.Totals["energy_consumed_tce"]);
        values[9] = Elasticity(t["fresh_water_t"], b.Totals["fresh_water_t"]);
        var pollutants = t["cod_t"] + t["nh3n_t"] + t["so2_t"] + t["nox_t"];
        var before = b.Totals["cod_t"] + b.Totals["nh3n_t"] + b.Totals["so2_t"] + b.Totals["nox_t"];
        values[16] = Elasticity(pollutants, before);
        var intensity = t["co2_t"] / park.Economy.ValueAdded / (b.Totals["co2_t"] / b.ValueAdded);
        values[17] = 100 * (1 - Math.Pow(intensity, 1.0 / (park.Year - b.Year)));
        return values;
    }
}
