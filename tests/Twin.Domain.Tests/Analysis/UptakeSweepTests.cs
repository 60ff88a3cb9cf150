using Twin.Domain.Analysis;
using Twin.Domain.Simulation;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Analysis;

/// <summary>
/// <see cref="UptakeSweep"/> over three days on a park of one WWTP fed with sewage, a
/// reclaimed-water plant on its effluent (recovery 62.5 %, Botong's design), one main and a
/// factory that takes process-grade water, reclaimed first and fresh for the rest.
/// </summary>
public sealed class UptakeSweepTests
{
    private static ParkBuilder Park(string sewage, string plant, string main, string factory) =>
        new ParkBuilder()
        .Boundary("city", ("discharge", sewage)).Boundary("reservoir").Boundary("sea").Boundary("air")
        .Boundary("grid").Boundary("landfill")
        .Node("wwtp", "wwtp", ("capacity", "100000 t/d"))
        .Node("plant", "reclaimed-water-plant", ("capacity", plant))
        .Node("main", "water-pipeline", ("diameter", main))
        .Node("factory", "enterprise", ("water_use", factory)).Text("water_quality", "process")
        .Connect("city", "wwtp", "sewage").Connect("grid", "wwtp", "electricity")
        .Connect("wwtp", "sea", "effluent").Connect("wwtp", "sea", "cod").Connect("wwtp", "sea", "nh3n")
        .Connect("wwtp", "landfill", "sludge").Connect("wwtp", "air", "heat-loss")
        .Connect("wwtp", "plant", "effluent").Connect("grid", "plant", "electricity")
        .Connect("plant", "main", "reclaimed-water").Connect("plant", "sea", "concentrate")
        .Connect("plant", "air", "heat-loss")
        .Connect("main", "factory", "reclaimed-water").Connect("reservoir", "factory", "fresh-water")
        .Connect("factory", "air", "evaporation");

    /// <summary>A user on fresh water only, of the grade given.</summary>
    private static ParkBuilder WithMill(ParkBuilder park, string quality) => park
        .Node("mill", "enterprise", ("water_use", "8000 t/d")).Text("water_quality", quality)
        .Connect("reservoir", "mill", "fresh-water").Connect("mill", "air", "evaporation");

    private static Task<UptakeSweepResult> Sweep(ParkBuilder park, int steps = 2) =>
        UptakeSweep.RunAsync(park.Build(), null, steps, new KernelEngine());

    [Fact]
    public async Task RunAsync_FactoryAsksMoreThanThePlantMakes_PlantCapacityBinds()
    {
        var result = await Sweep(Park("50000 t/d", "10000 t/d", "DN400", "20000 t/d"));

        // The plant's design product 10,000 t/d over 3 days; the DN400 main carries 21,715 t/d.
        Assert.Equal(UptakeConstraint.PlantCapacity, result.Binding);
        Expect.Near(30_000, result.MostT);
        Expect.Near(30_000, result.Limits.Single(l => l.Constraint == UptakeConstraint.PlantCapacity).LimitT);
    }

    [Fact]
    public async Task RunAsync_SmallMain_PipeCapacityBinds()
    {
        var result = await Sweep(Park("50000 t/d", "30000 t/d", "DN200", "20000 t/d"));

        // pi / 4 x 0.2^2 m2 x 2 m/s (GB 50013's upper velocity, the model's default) x 86,400 s
        // = 5428.6721 t/d, 16,286.016 t in 3 days.
        Assert.Equal(UptakeConstraint.PipeCapacity, result.Binding);
        Expect.Near(16_286.016316209486, result.MostT);
    }

    [Fact]
    public async Task RunAsync_LittleSewage_EffluentBinds()
    {
        var result = await Sweep(Park("4000 t/d", "10000 t/d", "DN400", "5000 t/d"));

        // effluent = 4000 x (1 - 0.7 kg/t of sludge x 80 % water) = 3997.76 t/d, of which 62.5 %
        // is product: 2498.6 t/d, 7495.8 t in 3 days.
        Assert.Equal(UptakeConstraint.Effluent, result.Binding);
        Expect.Near(7495.8, result.MostT);
    }

    [Fact]
    public async Task RunAsync_OtherUserNeedsPotableWater_QualityBinds()
    {
        var result = await Sweep(WithMill(Park("50000 t/d", "10000 t/d", "DN400", "5000 t/d"), "potable"));

        Assert.Equal(UptakeConstraint.Quality, result.Binding);
        Expect.Near(15_000, result.MostT);
    }

    [Fact]
    public async Task RunAsync_OtherUserAcceptsTheGradeButIsNotConnected_DemandBinds()
    {
        var result = await Sweep(WithMill(Park("50000 t/d", "10000 t/d", "DN400", "5000 t/d"), "cooling"));

        Assert.Equal(UptakeConstraint.Demand, result.Binding);
        Expect.Near(15_000, result.Limits.Single(l => l.Constraint == UptakeConstraint.Demand).LimitT);
        Expect.Near(39_000, result.Limits.Single(l => l.Constraint == UptakeConstraint.Quality).LimitT);
    }

    [Fact]
    public async Task RunAsync_TwoSteps_SavesAsMuchFreshWaterAsItReclaims()
    {
        var result = await Sweep(Park("50000 t/d", "10000 t/d", "DN400", "5000 t/d"));

        // The most is the factory's 5,000 t/d x 3 d = 15,000 t; the middle step holds the plant to
        // half, 2,500 t/d; each tonne reclaimed is a tonne of fresh water the factory does not
        // take, and the plant rejects 37.5 / 62.5 t of concentrate per t of product.
        Assert.Equal([0, 7_500, 15_000], result.Steps.Select(s => Math.Round(s.ReclaimedT, 6)));
        Assert.Equal([0, 2_500, null], result.Steps.Select(s => Round(s.UptakeLimitTPerDay)));
        Expect.Near(7_500, result.Steps[1].FreshWaterSavedT);
        Expect.Near(15_000 * 0.375 / 0.625, result.Steps[2].ConcentrateT);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;

    [Fact]
    public async Task RunAsync_NoReclaimedWaterPlant_Throws()
    {
        var park = new ParkBuilder().Boundary("reservoir").Boundary("air")
            .Node("factory", "enterprise", ("water_use", "1000 t/d"))
            .Connect("reservoir", "factory", "fresh-water").Connect("factory", "air", "evaporation");

        await Assert.ThrowsAsync<ArgumentException>(() => Sweep(park));
    }
}
