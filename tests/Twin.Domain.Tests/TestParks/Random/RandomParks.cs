using FsCheck;
using FsCheck.Fluent;
using Twin.Domain.Model;
using Twin.Domain.Units;

namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>
/// FsCheck generators of valid parks: every number inside the range its parameter accepts,
/// CHP coal rates above the thermodynamic minimum for their stack loss, enterprise returns
/// below their water use, and the WWTP and reclaimed-water plant always forming a loop.
/// </summary>
/// <remarks>
/// Each user draws fresh water from one works (after reclaimed water, where it takes that).
/// With two works in a row, the second is asked the rounding the first leaves, about 1e-12 t,
/// and the kernel measures a change of such a series against a floor of 1e-9 t, so rounding
/// that circulates round the water loop keeps it from ever converging.
/// A station takes waste heat only where fired heat reaches it directly, not through a heat
/// pipeline: a pipe loses heat only while it carries some, so a station a little short of
/// waste heat makes its pipe ask the CHP for the shortfall plus the whole standing loss; that
/// fired heat raises the CHP's cooling loss and with it the waste heat it can recover, the
/// station no longer needs the pipe, and the flows swing between the two states for ever.
/// </remarks>
public static class RandomParks
{
    /// <summary>Found by FsCheck through its return type. No shrinking: the print suffices.</summary>
    public static Arbitrary<GeneratedPark> Parks() =>
        Arb.From(Recipe().Select(r => new GeneratedPark(r)));

    public static Gen<ParkRecipe> Recipe() =>
        from hourly in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from startDay in Gen.Choose(0, 330)
        from amplitude in Between(0, 0.9)
        from works in Gen.Choose(1, 3).SelectMany(n => Many(n, Works()))
        from chps in Gen.Choose(1, 2).SelectMany(n => Many(n, Chp(works.Length)))
        from enterprises in Gen.Choose(1, 4)
            .SelectMany(n => Many(n, Enterprise(works.Length, chps.Length)))
        from stations in Gen.Choose(0, 2).SelectMany(n => Many(n, Station(chps.Length)))
        from loop in Loop()
        from cityHeat in Between(0, 400)
        from cityReturn in Between(0, 0.5)
        select new ParkRecipe(hourly ? 3 : 30, hourly ? StepLength.Hour : StepLength.Day, startDay,
            amplitude, works, chps, enterprises, stations, loop, cityHeat, cityReturn);

    private static Gen<WorksRecipe> Works() =>
        from capacity in Between(5000, 80000)
        from ownUse in Between(0, 0.1)
        from toWwtp in Gen.Elements(false, true)
        select new WorksRecipe(capacity, ownUse, toWwtp);

    /// <summary>
    /// Coal rates are drawn as multiples of the least that conserves energy: 3.6 MJ per kWh
    /// and 1 GJ per GJ of heat over the coal energy left after the stack loss.
    /// </summary>
    private static Gen<ChpRecipe> Chp(int works) =>
        from capacity in Between(50, 600)
        from load in Between(0.2, 1)
        from stack in Between(0.03, 0.08)
        from powerMargin in Between(1.02, 3)
        from heatMargin in Between(1.01, 1.3)
        from makeup in Between(0, 5000)
        from wastewater in Between(0, 0.3)
        from recovery in Gen.Elements(0.0, 0.0, 0.2, 0.5)
        from heatCapacity in Gen.Elements<double?>(null, null, 100, 1000)
        from source in Gen.Choose(0, works - 1)
        from city in Gen.Elements(false, true)
        let usable = UnitCatalog.GigajoulesPerTce * (1 - stack)
        select new ChpRecipe(capacity, load, Up(3.6e3 / usable * powerMargin),
            Up(1e3 / usable * heatMargin), stack, makeup, wastewater, recovery, heatCapacity, source,
            city);

    private static Gen<EnterpriseRecipe> Enterprise(int works, int chps) =>
        from water in Between(500, 20000)
        from wastewater in Between(0, 0.9)
        from products in Between(0, 0.9).Select(p => Math.Round(p * (0.95 - wastewater), 3))
        from electricity in Between(0, 30)
        from heat in Gen.Elements(0.0, 0.0, 20, 150)
        from coal in Gen.Elements(0.0, 0.0, 50)
        from process in Gen.Elements(false, true)
        from source in Gen.Choose(0, works - 1)
        from pipe in Gen.Elements<double?>(null, null, 0.2, 0.5, 1.0)
        from leakage in Between(0, 0.05)
        from heatFrom in Gen.Choose(0, chps - 1)
        from seasonal in Gen.Elements(false, true)
        select new EnterpriseRecipe(water, wastewater, products, electricity, heat, coal, process,
            source, pipe, leakage, heatFrom, seasonal);

    private static Gen<StationRecipe> Station(int chps) =>
        from demand in Between(5, 300)
        from efficiency in Between(0.9, 0.99)
        from supply in Between(90, 130)
        from @return in Between(40, 70)
        from chp in Gen.Choose(0, chps - 1)
        from pipe in Gen.Elements<double?>(null, 0.3, 0.6, 1.2)
        from length in Between(1, 15)
        from pumped in Gen.Elements(false, true)
        from wasteHeat in Gen.Elements(false, true)
        from seasonal in Gen.Elements(false, true)
        select new StationRecipe(demand, efficiency, supply, @return, chp, pipe, length, pumped,
            wasteHeat, seasonal);

    private static Gen<LoopRecipe> Loop() =>
        from sewage in Between(0, 20000)
        from wwtp in Between(5000, 100000)
        from reclaim in Between(500, 30000)
        from recovery in Between(0.5, 0.8)
        select new LoopRecipe(sewage, wwtp, reclaim, recovery);

    /// <summary>A number in [low, high] with three decimals, as a topology would write it.</summary>
    private static Gen<double> Between(double low, double high) =>
        Gen.Choose(0, 1000).Select(i => Math.Round(low + (high - low) * i / 1000, 3));

    private static Gen<T[]> Many<T>(int count, Gen<T> item) => Gen.ArrayOf(item, count);

    /// <summary>Rounds up to three decimals, keeping a rate above its minimum.</summary>
    private static double Up(double value) => Math.Ceiling(value * 1000) / 1000;
}
