namespace Twin.Domain.Units;

/// <summary>
/// The physical dimension of a quantity. Each dimension has one base unit in which the
/// twin computes; <see cref="UnitCatalog"/> lists the units a topology may write.
/// </summary>
public enum Dimension
{
    /// <summary>Pure number, or a share: base 1 (so 12.5 % is 0.125).</summary>
    Fraction,

    /// <summary>Base t. Water volume counts as mass: 1 m3 = 1 t, as the park data does.</summary>
    Mass,

    /// <summary>Base t/h.</summary>
    MassRate,

    /// <summary>Base GJ.</summary>
    Energy,

    /// <summary>Base GJ/h (1 MW = 3.6 GJ/h).</summary>
    Power,

    /// <summary>Base m; a nominal diameter DN1400 is 1.4 m.</summary>
    Length,

    /// <summary>Base degC.</summary>
    Temperature,

    /// <summary>Base m/s.</summary>
    Velocity,

    /// <summary>Base g/m3, equal to mg/L.</summary>
    Concentration,

    /// <summary>Electricity per tonne of water treated or produced: base kWh/t (= kWh/m3).</summary>
    SpecificEnergy,

    /// <summary>Energy per tonne of fuel: base GJ/t.</summary>
    HeatingValue,

    /// <summary>Mass per mass, e.g. kg of SO2 per t of coal: base t/t.</summary>
    MassRatio,

    /// <summary>Standard coal per electricity: base gce/kWh.</summary>
    CoalPerElectricity,

    /// <summary>Standard coal per heat: base kgce/GJ.</summary>
    CoalPerHeat,

    /// <summary>Base 10,000 CNY (万元).</summary>
    Money,

    /// <summary>Base 10,000 CNY per year.</summary>
    MoneyRate,

    /// <summary>Gas volume at normal conditions: base m3.</summary>
    GasVolume,

    /// <summary>Base m3/h (normal).</summary>
    GasVolumeRate,

    /// <summary>Energy per gas volume: base GJ/m3.</summary>
    GasHeatingValue,

    /// <summary>Base km2.</summary>
    Area,

    /// <summary>Base h.</summary>
    Duration,

    /// <summary>Base persons.</summary>
    Count,

    /// <summary>Base W/(m.K).</summary>
    ThermalConductivity,

    /// <summary>Base MPa.</summary>
    Pressure,

    /// <summary>Base K (a temperature difference).</summary>
    TemperatureDifference,

    /// <summary>Water volume per person and day: base t/(person.d).</summary>
    PerCapitaWater,
}
