using Twin.Domain.Model;
using Twin.Grains.Abstractions.Definitions;

namespace Twin.Grains.Mapping;

/// <summary>Turns a park model into a definition that can cross a grain call, and back.</summary>
public static class ParkMapping
{
    public static ParkDefinition ToDefinition(ParkModel park)
    {
        ArgumentNullException.ThrowIfNull(park);

        return new ParkDefinition(
            park.Park,
            park.Scenario,
            park.Year,
            ToDefinition(park.Horizon),
            park.ReferenceTemperature,
            park.Carriers.All.Select(c => c.ToDefinition()).ToArray(),
            park.Nodes.Select(n => n.ToDefinition()).ToArray(),
            park.Connections.Select(c => c.ToDefinition()).ToArray(),
            park.Profiles.Values.Select(ToDefinition).ToArray(),
            new EconomyDefinition(park.Economy.ValueAdded, park.Economy.Employees, park.Economy.IndustrialLandKm2),
            park.Facts.ToDictionary(),
            park.Sources.ToDictionary());
    }

    public static ParkModel ToModel(ParkDefinition park)
    {
        ArgumentNullException.ThrowIfNull(park);

        return new ParkModel(
            park.Park,
            park.Scenario,
            park.Year,
            ToModel(park.Horizon),
            park.ReferenceTemperature,
            CarrierMapping.ToCatalog(park.Carriers),
            park.Nodes.Select(n => n.ToModel()).ToArray(),
            park.Connections.Select(c => c.ToModel()).ToArray(),
            park.Profiles.ToDictionary(p => p.Name, ToModel, StringComparer.Ordinal),
            new Economy(park.Economy.ValueAdded, park.Economy.Employees, park.Economy.IndustrialLandKm2),
            park.Facts,
            park.Sources);
    }

    public static HorizonDefinition ToDefinition(Horizon horizon) =>
        new(horizon.Start, horizon.Days, horizon.StepHours);

    public static Horizon ToModel(HorizonDefinition horizon) =>
        new(horizon.Start, horizon.Days, horizon.StepHours == 24 ? StepLength.Day : StepLength.Hour);

    private static ProfileDefinition ToDefinition(ProfileSpec profile) =>
        new(profile.Name, profile.DailyWeights.ToArray(), profile.Source, profile.Location.ToDefinition(),
            profile.Shape);

    private static ProfileSpec ToModel(ProfileDefinition profile) =>
        new(profile.Name, profile.DailyWeights, profile.Source, profile.Location.ToModel(), profile.Shape);
}
