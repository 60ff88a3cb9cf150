using Twin.Domain.Processes.Models;
using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Processes.Models;

/// <summary>Known answers for the pipe physics of <see cref="HeatPipe"/>.</summary>
public sealed class HeatPipeTests
{
    // DN1000, 85 mm PUR at 0.029 W/(m.K) (EN 253:2019), axis 2.5 m deep in soil at 1.5 W/(m.K)
    // (EN 13941 guidance), roughness 0.1 mm: the heat pipeline model's defaults.
    private static readonly HeatPipe Dn1000 = new(1.0, 1000, 2.5, 0.085, 0.029, 1.5, 1e-4);

    [Fact]
    public void LossPerMetre_Dn1000At110Degrees_MatchesSeriesResistances()
    {
        // outer diameter = 1.0 + 2 * 0.085 = 1.17 m
        // R_insulation = ln(1.17 / 1.0) / (2 pi * 0.029) = 0.1570037 / 0.1822124 = 0.8616525 m.K/W
        // R_soil       = ln(4 * 2.5 / 1.17) / (2 pi * 1.5) = 2.1455813 / 9.4247780 = 0.2276533 m.K/W
        // q = (110 - 12) K / (0.8616525 + 0.2276533) m.K/W = 98 / 1.0893058 = 89.965558 W/m
        Expect.Near(89.96555765344954, Dn1000.LossPerMetre(110, 12));
    }

    [Fact]
    public void LossPerMetre_PipeAtGroundTemperature_LosesNothing()
    {
        Assert.Equal(0, Dn1000.LossPerMetre(12, 12));
    }

    [Fact]
    public void Loss_WholePipe_IsLossPerMetreTimesLength()
    {
        // 89.965558 W/m * 1000 m = 89965.558 W
        Expect.Near(89965.55765344954, Dn1000.Loss(110, 12));
    }

    [Fact]
    public void PressureDrop_Dn1000AtOneMetrePerSecond_MatchesSwameeJain()
    {
        // m = rho A v = 972 kg/m3 * 0.7853982 m2 * 1 m/s = 763.40701 kg/s
        // Re = v D / nu = 1 * 1.0 / 0.365e-6 = 2739726
        // f = 0.25 / log10(1e-4 / (3.7 * 1.0) + 5.74 / Re^0.9)^2 = 0.25 / (-4.4406654)^2 = 0.0126778
        // dp = f L / D * rho v^2 / 2 = 0.0126778 * 1000 / 1.0 * 972 * 1 / 2 = 6161.411 Pa
        Expect.Near(6161.410982824098, Dn1000.PressureDrop(763.4070148223198));
    }

    [Fact]
    public void PressureDrop_NoFlow_IsZero()
    {
        Assert.Equal(0, Dn1000.PressureDrop(0));
    }

    [Fact]
    public void MassFlow_Velocity_RoundTrips()
    {
        // rho A v = 972 * 0.7853982 * 2 = 1526.814 kg/s, and back to 2 m/s
        Expect.Near(1526.8140296446396, Dn1000.MassFlow(2));
        Expect.Near(2, Dn1000.Velocity(Dn1000.MassFlow(2)));
    }
}
