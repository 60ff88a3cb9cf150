using Twin.Domain.Model;

namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>
/// Everything a generated park is made of. Seasonal nodes follow a yearly cosine of
/// <see cref="Amplitude"/> around 1; <see cref="CityHeat"/> GJ/h is asked by the city with
/// <see cref="CityReturn"/> of it coming back.
/// </summary>
public sealed record ParkRecipe(
    int Days,
    StepLength Step,
    int StartDay,
    double Amplitude,
    IReadOnlyList<WorksRecipe> Works,
    IReadOnlyList<ChpRecipe> Chps,
    IReadOnlyList<EnterpriseRecipe> Enterprises,
    IReadOnlyList<StationRecipe> Stations,
    LoopRecipe Loop,
    double CityHeat,
    double CityReturn);
