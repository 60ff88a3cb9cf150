using System.Globalization;
using Twin.Domain.Model;

namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>
/// Turns a <see cref="ParkRecipe"/> into a park with every connection its nodes need, so that
/// the validator accepts it whatever the numbers: water works w* (each also connected to the
/// homes' mains, so that it has a user even when no enterprise draws on it), CHPs c*,
/// enterprises e* with their water mains pw*, heat-exchange stations h* with their heat
/// pipelines ph*, the WWTP and the reclaimed-water plant, and the outside world.
/// </summary>
internal static class RecipePark
{
    public static ParkModel Build(ParkRecipe recipe)
    {
        var park = new ParkBuilder()
            .Horizon(recipe.Days, recipe.Step, new DateOnly(2021, 1, 1).AddDays(recipe.StartDay));
        string[] outside = ["reservoir", "sea", "grid", "air", "market", "buyer", "homes", "ground"];
        foreach (var boundary in outside)
        {
            park.Boundary(boundary);
        }

        park.Boundary("town", ("discharge", $"{F(recipe.Loop.Sewage)} t/d"))
            .Boundary("city", ("heat_demand", $"{F(recipe.CityHeat)} GJ/h"),
                ("heat_return_share", F(recipe.CityReturn)));

        var seasonal = Seasonal(recipe.Amplitude);
        AddLoop(park, recipe);
        for (var i = 0; i < recipe.Works.Count; i++)
        {
            AddWorks(park, $"w{i}", recipe.Works[i]);
        }

        for (var i = 0; i < recipe.Chps.Count; i++)
        {
            AddChp(park, $"c{i}", recipe.Chps[i]);
        }

        for (var i = 0; i < recipe.Enterprises.Count; i++)
        {
            AddEnterprise(park, i, recipe.Enterprises[i], seasonal);
        }

        for (var i = 0; i < recipe.Stations.Count; i++)
        {
            AddStation(park, i, recipe.Stations[i], recipe.Chps, seasonal);
        }

        return park.Build();
    }

    private static void AddLoop(ParkBuilder park, ParkRecipe recipe) => park
        .Node("wwtp", "wwtp", ("capacity", $"{F(recipe.Loop.WwtpCapacity)} t/d"))
        .Connect("town", "wwtp", "sewage")
        .Connect("grid", "wwtp", "electricity")
        .Connect("wwtp", "reclaim", "effluent")
        .WwtpOutlets()
        .Node("reclaim", "reclaimed-water-plant", ("capacity", $"{F(recipe.Loop.ReclaimCapacity)} t/d"),
            ("recovery", F(recipe.Loop.Recovery)))
        .Connect("grid", "reclaim", "electricity")
        .Connect("reclaim", "wwtp", "concentrate")
        .Connect("reclaim", "air", "heat-loss");

    private static void AddWorks(ParkBuilder park, string id, WorksRecipe works) => park
        .Node(id, "water-works", ("capacity", $"{F(works.Capacity)} t/d"), ("own_use", F(works.OwnUse)))
        .Connect("reservoir", id, "raw-water")
        .Connect("grid", id, "electricity")
        .Connect(id, "homes", "fresh-water")
        .Connect(id, works.BackwashToWwtp ? "wwtp" : "sea", "backwash")
        .Connect(id, "air", "heat-loss");

    private static void AddChp(ParkBuilder park, string id, ChpRecipe chp)
    {
        // Rounded down so that generation never exceeds the capacity it is a share of.
        var generation = Math.Floor(chp.Capacity * chp.Load * 1000) / 1000;
        List<(string, string)> parameters =
        [
            ("electrical_capacity", $"{F(chp.Capacity)} MW"), ("generation", $"{F(generation)} MW"),
            ("power_coal_rate", $"{F(chp.PowerCoalRate)} gce/kWh"),
            ("heat_coal_rate", $"{F(chp.HeatCoalRate)} kgce/GJ"), ("stack_loss", F(chp.StackLoss)),
            ("makeup_water", $"{F(chp.Makeup)} t/d"),
            ("wastewater", $"{F(Math.Floor(chp.Makeup * chp.WastewaterShare))} t/d"),
            ("waste_heat_recovery", F(chp.WasteHeatRecovery)),
        ];
        if (chp.HeatCapacity is { } capacity)
        {
            parameters.Add(("heat_capacity", $"{F(capacity)} GJ/h"));
        }

        park.Node(id, "chp", [.. parameters])
            .Connect("market", id, "coal")
            .Connect($"w{chp.Works}", id, "fresh-water")
            .Connect("reclaim", id, "reclaimed-water")
            .Connect(id, "grid", "electricity")
            .Connect(id, "sea", "heat-loss")
            .Connect(id, "air", "evaporation")
            .Connect(id, "wwtp", "wastewater");
        foreach (var emission in new[] { "so2", "nox", "dust", "co2" })
        {
            park.Connect(id, "air", emission);
        }

        foreach (var residue in new[] { "fly-ash", "slag", "gypsum" })
        {
            park.Connect(id, "buyer", residue);
        }

        if (chp.HeatsCity)
        {
            park.Connect(id, "city", "heat").Connect("city", id, "heat-return");
        }
    }

    private static void AddEnterprise(ParkBuilder park, int index, EnterpriseRecipe e,
        ProfileSpec seasonal)
    {
        var id = $"e{index}";
        park.Node(id, "enterprise",
                ("water_use", $"{F(e.WaterUse)} t/d"),
                ("wastewater", $"{F(e.WaterUse * e.WastewaterShare)} t/d"),
                ("water_in_products", $"{F(e.WaterUse * e.ProductShare)} t/d"),
                ("electricity", $"{F(e.Electricity)} MW"), ("heat", $"{F(e.Heat)} GJ/h"),
                ("coal", $"{F(e.Coal)} t/d"))
            .Text("water_quality", e.Process ? "process" : "potable");
        if (e.Seasonal)
        {
            park.Profile(seasonal);
        }

        park.Connect("grid", id, "electricity")
            .Connect($"c{e.HeatFrom}", id, "heat")
            .Connect("market", id, "coal")
            .Connect(id, "wwtp", "wastewater")
            .Connect(id, "wwtp", "cod")
            .Connect(id, "wwtp", "nh3n")
            .Connect(id, "buyer", "water-in-products")
            .Connect(id, "air", "evaporation")
            .Connect(id, "air", "heat-loss")
            .Connect(id, "air", "co2");
        if (e.Process)
        {
            park.Connect("reclaim", id, "reclaimed-water");
        }

        var works = $"w{e.Works}";
        if (e.PipeDiameter is not { } diameter)
        {
            park.Connect(works, id, "fresh-water");
            return;
        }

        var main = $"pw{index}";
        park.Node(main, "water-pipeline", ("diameter", $"{F(diameter)} m"), ("leakage", F(e.Leakage)))
            .Connect(works, main, "fresh-water")
            .Connect(main, id, "fresh-water")
            .Connect(main, "ground", "leakage");
    }

    private static void AddStation(ParkBuilder park, int index, StationRecipe s,
        IReadOnlyList<ChpRecipe> chps, ProfileSpec seasonal)
    {
        var id = $"h{index}";
        var chp = $"c{s.Chp}";
        park.Node(id, "heat-exchange-station", ("heat_demand", $"{F(s.Demand)} GJ/h"),
                ("efficiency", F(s.Efficiency)), ("supply_temperature", $"{F(s.Supply)} degC"),
                ("return_temperature", $"{F(s.Return)} degC"))
            .Connect(id, "homes", "heat")
            .Connect(id, "air", "heat-loss");
        if (s.Seasonal)
        {
            park.Profile(seasonal);
        }

        var wasteHeat = s.WasteHeat && chps[s.Chp].WasteHeatRecovery > 0 && s.PipeDiameter is null;
        if (wasteHeat)
        {
            park.Connect(chp, id, "waste-heat");
        }

        if (s.PipeDiameter is not { } diameter)
        {
            park.Connect(chp, id, "heat").Connect(id, chp, "heat-return");
            return;
        }

        var pipe = $"ph{index}";
        park.Node(pipe, "heat-pipeline", ("diameter", $"{F(diameter)} m"),
                ("length", $"{F(s.LengthKm)} km"), ("supply_temperature", $"{F(s.Supply)} degC"),
                ("return_temperature", $"{F(s.Return)} degC"))
            .Connect(chp, pipe, "heat")
            .Connect(pipe, id, "heat")
            .Connect(id, pipe, "heat-return")
            .Connect(pipe, chp, "heat-return")
            .Connect(pipe, "air", "heat-loss");
        if (s.Pumped)
        {
            park.Connect("grid", pipe, "electricity");
        }
    }

    /// <summary>A yearly cosine around 1, highest on 1 January, as heating loads are.</summary>
    private static ProfileSpec Seasonal(double amplitude)
    {
        var weights = Enumerable.Range(0, ProfileSpec.DaysPerYear)
            .Select(d => 1 + amplitude * Math.Cos(2 * Math.PI * d / ProfileSpec.DaysPerYear))
            .ToArray();
        return new ProfileSpec("seasonal", weights, "generated", SourceLocation.None);
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
