using System.Collections.Frozen;

namespace Twin.Domain.Units;

/// <summary>
/// The units a topology may write. Rates are composed from an amount unit and a time unit
/// ("Mt/yr", "m3/d", "万t/yr"), so that every amount unit works with every period.
/// </summary>
/// <remarks>
/// Hand-written rather than taken from a units library because the park's units are
/// Chinese statistical units (万t, 万tce, 亿元, gce/kWh) that general libraries do not have;
/// the table is short and every factor is stated here.
/// </remarks>
public static class UnitCatalog
{
    /// <summary>Hours in a year: the statistics' year of 365 days.</summary>
    public const double HoursPerYear = 8760;

    /// <summary>GJ per tonne of standard coal equivalent (GB/T 2589-2020: 29.307 GJ/tce).</summary>
    public const double GigajoulesPerTce = 29.307;

    private static readonly FrozenDictionary<string, Unit> Amounts = new Unit[]
    {
        new("t", Dimension.Mass, 1),
        new("kg", Dimension.Mass, 1e-3),
        new("kt", Dimension.Mass, 1e3),
        new("Mt", Dimension.Mass, 1e6),
        new("万t", Dimension.Mass, 1e4),
        new("m3", Dimension.Mass, 1),
        new("万m3", Dimension.Mass, 1e4),
        new("Mm3", Dimension.Mass, 1e6),
        new("GJ", Dimension.Energy, 1),
        new("MJ", Dimension.Energy, 1e-3),
        new("TJ", Dimension.Energy, 1e3),
        new("PJ", Dimension.Energy, 1e6),
        new("kWh", Dimension.Energy, 3.6e-3),
        new("MWh", Dimension.Energy, 3.6),
        new("GWh", Dimension.Energy, 3600),
        new("万kWh", Dimension.Energy, 36),
        new("tce", Dimension.Energy, GigajoulesPerTce),
        new("万tce", Dimension.Energy, GigajoulesPerTce * 1e4),
        new("Nm3", Dimension.GasVolume, 1),
        new("万Nm3", Dimension.GasVolume, 1e4),
        new("万元", Dimension.Money, 1),
        new("亿元", Dimension.Money, 1e4),
        new("CNY", Dimension.Money, 1e-4),
    }.ToFrozenDictionary(u => u.Symbol);

    private static readonly FrozenDictionary<string, double> Periods = new Dictionary<string, double>
    {
        ["s"] = 1.0 / 3600,
        ["h"] = 1,
        ["d"] = 24,
        ["yr"] = HoursPerYear,
        ["a"] = HoursPerYear,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<Dimension, Dimension> RateOf =
        new Dictionary<Dimension, Dimension>
        {
            [Dimension.Mass] = Dimension.MassRate,
            [Dimension.Energy] = Dimension.Power,
            [Dimension.GasVolume] = Dimension.GasVolumeRate,
            [Dimension.Money] = Dimension.MoneyRate,
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Unit> Others = new Unit[]
    {
        new("%", Dimension.Fraction, 0.01),
        new("1", Dimension.Fraction, 1),
        new("MW", Dimension.Power, 3.6),
        new("kW", Dimension.Power, 3.6e-3),
        new("GW", Dimension.Power, 3600),
        new("m", Dimension.Length, 1),
        new("km", Dimension.Length, 1000),
        new("mm", Dimension.Length, 1e-3),
        new("degC", Dimension.Temperature, 1),
        new("K", Dimension.TemperatureDifference, 1),
        new("m/s", Dimension.Velocity, 1),
        new("mg/L", Dimension.Concentration, 1),
        new("g/m3", Dimension.Concentration, 1),
        new("kWh/m3", Dimension.SpecificEnergy, 1),
        new("kWh/t", Dimension.SpecificEnergy, 1),
        new("GJ/t", Dimension.HeatingValue, 1),
        new("MJ/kg", Dimension.HeatingValue, 1),
        new("kJ/kg", Dimension.HeatingValue, 1e-3),
        new("tce/t", Dimension.HeatingValue, GigajoulesPerTce),
        new("kgce/kg", Dimension.HeatingValue, GigajoulesPerTce),
        new("MJ/Nm3", Dimension.GasHeatingValue, 1e-3),
        new("kgce/Nm3", Dimension.GasHeatingValue, GigajoulesPerTce * 1e-3),
        new("t/t", Dimension.MassRatio, 1),
        new("kg/t", Dimension.MassRatio, 1e-3),
        new("g/kg", Dimension.MassRatio, 1e-3),
        new("gce/kWh", Dimension.CoalPerElectricity, 1),
        new("kgce/kWh", Dimension.CoalPerElectricity, 1000),
        new("kgce/GJ", Dimension.CoalPerHeat, 1),
        new("tce/GJ", Dimension.CoalPerHeat, 1000),
        new("km2", Dimension.Area, 1),
        new("m2", Dimension.Area, 1e-6),
        new("mu", Dimension.Area, 666.667e-6),
        new("h", Dimension.Duration, 1),
        new("d", Dimension.Duration, 24),
        new("yr", Dimension.Duration, HoursPerYear),
        new("persons", Dimension.Count, 1),
        new("W/(m.K)", Dimension.ThermalConductivity, 1),
        new("MPa", Dimension.Pressure, 1),
        new("kPa", Dimension.Pressure, 1e-3),
        new("bar", Dimension.Pressure, 0.1),
        new("L/(person.d)", Dimension.PerCapitaWater, 1e-3),
    }.ToFrozenDictionary(u => u.Symbol);

    private static readonly FrozenDictionary<Dimension, string> BaseSymbols =
        new Dictionary<Dimension, string>
        {
            [Dimension.Fraction] = "1",
            [Dimension.Mass] = "t",
            [Dimension.MassRate] = "t/h",
            [Dimension.Energy] = "GJ",
            [Dimension.Power] = "GJ/h",
            [Dimension.Length] = "m",
            [Dimension.Temperature] = "degC",
            [Dimension.Velocity] = "m/s",
            [Dimension.Concentration] = "mg/L",
            [Dimension.SpecificEnergy] = "kWh/t",
            [Dimension.HeatingValue] = "GJ/t",
            [Dimension.MassRatio] = "t/t",
            [Dimension.CoalPerElectricity] = "gce/kWh",
            [Dimension.CoalPerHeat] = "kgce/GJ",
            [Dimension.Money] = "万元",
            [Dimension.MoneyRate] = "万元/h",
            [Dimension.GasVolume] = "Nm3",
            [Dimension.GasVolumeRate] = "Nm3/h",
            [Dimension.GasHeatingValue] = "GJ/Nm3",
            [Dimension.Area] = "km2",
            [Dimension.Duration] = "h",
            [Dimension.Count] = "persons",
            [Dimension.ThermalConductivity] = "W/(m.K)",
            [Dimension.Pressure] = "MPa",
            [Dimension.TemperatureDifference] = "K",
            [Dimension.PerCapitaWater] = "t/(person.d)",
        }.ToFrozenDictionary();

    public static string BaseSymbol(Dimension dimension) => BaseSymbols[dimension];

    /// <summary>The unit written as <paramref name="symbol"/>, or null when there is none.</summary>
    public static Unit? Find(string symbol)
    {
        if (Others.TryGetValue(symbol, out var other))
        {
            return other;
        }

        if (Amounts.TryGetValue(symbol, out var amount))
        {
            return amount;
        }

        return FindRate(symbol);
    }

    private static Unit? FindRate(string symbol)
    {
        var slash = symbol.LastIndexOf('/');
        if (slash <= 0)
        {
            return null;
        }

        var amountSymbol = symbol[..slash];
        var periodSymbol = symbol[(slash + 1)..];
        if (!Amounts.TryGetValue(amountSymbol, out var amount)
            || !Periods.TryGetValue(periodSymbol, out var hours)
            || !RateOf.TryGetValue(amount.Dimension, out var rate))
        {
            return null;
        }

        return new Unit(symbol, rate, amount.Factor / hours);
    }
}
