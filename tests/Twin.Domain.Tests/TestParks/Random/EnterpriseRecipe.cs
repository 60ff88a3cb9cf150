namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>
/// A generated enterprise. Shares are of its water use, and their sum stays below 1 so that
/// some water evaporates. Fresh water comes from works <see cref="Works"/>, through a main of
/// <see cref="PipeDiameter"/> m when there is one.
/// </summary>
public sealed record EnterpriseRecipe(
    double WaterUse,
    double WastewaterShare,
    double ProductShare,
    double Electricity,
    double Heat,
    double Coal,
    bool Process,
    int Works,
    double? PipeDiameter,
    double Leakage,
    int HeatFrom,
    bool Seasonal);
