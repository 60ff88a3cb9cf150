namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>
/// A generated heat-exchange station fed by CHP <see cref="Chp"/>, directly or through a heat
/// pipeline of <see cref="PipeDiameter"/> m and <see cref="LengthKm"/>, with waste heat too
/// when <see cref="WasteHeat"/> and the CHP recovers any.
/// </summary>
public sealed record StationRecipe(
    double Demand,
    double Efficiency,
    double Supply,
    double Return,
    int Chp,
    double? PipeDiameter,
    double LengthKm,
    bool Pumped,
    bool WasteHeat,
    bool Seasonal);
