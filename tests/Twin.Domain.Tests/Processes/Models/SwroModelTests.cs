using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;
using Twin.Domain.Validation;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>
/// Known answers for <see cref="SwroModel"/>: seawater = permeate + brine with permeate =
/// recovery * seawater, electricity = heat in the brine, and the thermodynamic minimum
/// w_min(r) = pi / r * ln(1 / (1 - r)).
/// </summary>
public sealed class SwroModelTests
{
    [Fact]
    public void MinimumSpecificEnergy_HalfRecovery_Is106KilowattHoursPerCubicMetre()
    {
        // Elimelech and Phillip, Science 333 (2011) 712: 1.06 kWh/m3 at 50 % recovery for
        // 35 g/kg seawater.
        Expect.Near(1.06, SwroModel.MinimumSpecificEnergy(0.5), 1e-12);
    }

    [Fact]
    public void MinimumSpecificEnergy_LowerRecovery_FollowsTheLogLaw()
    {
        // w(r) / w(0.5) = (0.5 / r) * ln(1 / (1 - r)) / ln 2, so
        // w(0.45) = 1.06 * (0.5 / 0.45) * ln(1 / 0.55) / ln 2 = 1.06 * 1.1111 * 0.597837 / 0.693147
        //         = 1.0158292 kWh/m3
        Expect.Near(1.0158291831389656, SwroModel.MinimumSpecificEnergy(0.45), 1e-12);
    }

    [Fact]
    public void Validate_SpecificEnergyBelowMinimum_ReportsTheMinimum()
    {
        var park = Park(("recovery", "50 %"), ("specific_energy", "1.0 kWh/m3")).Build();

        var issue = Assert.Single(new ParkValidator().Validate(park));
        Assert.Equal("node 'swro'", issue.Subject);
        Assert.Contains("below the thermodynamic minimum 1.06 kWh/m3", issue.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SpecificEnergyAboveMinimum_IsAccepted()
    {
        var park = Park(("recovery", "50 %"), ("specific_energy", "1.1 kWh/m3")).Build();

        Assert.Empty(new ParkValidator().Validate(park));
    }

    [Fact]
    public void Evaluate_PermeateAsked_TakesSeawaterOverRecovery()
    {
        var run = Park().Run();

        // seawater = 4500 t / 0.45 (default recovery, single-pass SWRO 40-50 %) = 10000 t;
        // brine = 10000 - 4500 = 5500 t
        Expect.EveryStep(4500, run.Flow("swro", "factory", "desalinated-water"));
        Expect.EveryStep(10000, run.Flow("sea", "swro", "seawater"));
        Expect.EveryStep(5500, run.Flow("swro", "sea", "brine"));
        Expect.Balanced(run, "swro");
    }

    [Fact]
    public void Evaluate_Electricity_EndsAsHeatInTheBrine()
    {
        var run = Park().Run();

        // electricity = 4500 t * 3.5 kWh/t (default, SWRO with pressure exchangers) = 15.75 MWh
        // heat = 15.75 MWh * 3.6 GJ/MWh = 56.7 GJ
        Expect.EveryStep(15.75, run.Flow("grid", "swro", "electricity"));
        Expect.EveryStep(56.7, run.Flow("swro", "sea", "heat-loss"));
    }

    private static ParkBuilder Park(params (string Name, string Value)[] extra) => new ParkBuilder()
        .Boundary("sea").Boundary("grid").Boundary("air")
        .Node("swro", "swro", [("capacity", "10000 t/d"), .. extra])
        .Connect("sea", "swro", "seawater")
        .Connect("grid", "swro", "electricity")
        .Connect("swro", "sea", "brine")
        .Connect("swro", "sea", "heat-loss")
        .Node("factory", "enterprise", ("water_use", "4500 t/d"))
        .Connect("swro", "factory", "desalinated-water")
        .Connect("factory", "air", "evaporation");
}
