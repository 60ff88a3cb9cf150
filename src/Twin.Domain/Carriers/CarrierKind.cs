namespace Twin.Domain.Carriers;

/// <summary>What a carrier is, which decides what its flows add to the water and energy balances.</summary>
public enum CarrierKind
{
    /// <summary>Liquid water or vapour: amount in t, all of it water, no energy above the reference.</summary>
    Water,

    /// <summary>Heat above the reference temperature: amount in GJ, all of it energy.</summary>
    Heat,

    /// <summary>Amount in MWh, 3.6 GJ each.</summary>
    Electricity,

    /// <summary>Amount in t or Nm3, energy at the fuel's lower heating value.</summary>
    Fuel,

    /// <summary>A solid waste or by-product, in t; it may hold water (sludge).</summary>
    Material,

    /// <summary>A pollutant to air or water, in t: tracked, not part of the water balance.</summary>
    Emission,
}
