namespace Twin.Domain.Processes.Models;

/// <summary>
/// Hydraulics and heat loss of one buried, pre-insulated district-heating pipe, in SI units.
/// Water properties at about 80 degC: density 972 kg/m3, cp 4.19 kJ/(kg.K), kinematic
/// viscosity 0.365e-6 m2/s (IAPWS-IF97 tables).
/// </summary>
/// <param name="Diameter">Inner diameter, m.</param>
/// <param name="Length">Length of one pipe, m.</param>
/// <param name="BurialDepth">Depth of the pipe's axis below ground, m.</param>
/// <param name="InsulationThickness">PUR insulation thickness, m.</param>
public sealed record HeatPipe(
    double Diameter,
    double Length,
    double BurialDepth,
    double InsulationThickness,
    double InsulationConductivity,
    double SoilConductivity,
    double Roughness)
{
    public const double Density = 972;
    public const double SpecificHeat = 4.19e3;
    public const double Viscosity = 0.365e-6;

    public double Area => Math.PI * Diameter * Diameter / 4;

    /// <summary>
    /// Heat lost per metre, W/m, by a pipe at <paramref name="temperature"/> in ground at
    /// <paramref name="ground"/>: conduction through the insulation, ln(Do/Di) / (2 pi k_i),
    /// in series with the soil, ln(4 H / Do) / (2 pi k_s) (single pipe, H well above Do; the
    /// warming of one pipe by its neighbour is left out).
    /// </summary>
    public double LossPerMetre(double temperature, double ground)
    {
        var outer = Diameter + 2 * InsulationThickness;
        var insulation = Math.Log(outer / Diameter) / (2 * Math.PI * InsulationConductivity);
        var soil = Math.Log(4 * BurialDepth / outer) / (2 * Math.PI * SoilConductivity);
        return (temperature - ground) / (insulation + soil);
    }

    /// <summary>Heat lost over the whole pipe, W.</summary>
    public double Loss(double temperature, double ground) => LossPerMetre(temperature, ground) * Length;

    /// <summary>Mass flow at a velocity, kg/s.</summary>
    public double MassFlow(double velocity) => Density * Area * velocity;

    /// <summary>Velocity of a mass flow, m/s.</summary>
    public double Velocity(double massFlow) => massFlow / (Density * Area);

    /// <summary>
    /// Friction pressure drop over the pipe, Pa: Darcy-Weisbach, dp = f L / D rho v^2 / 2, with
    /// f from the Swamee-Jain fit of the Colebrook equation.
    /// </summary>
    public double PressureDrop(double massFlow)
    {
        var velocity = Velocity(massFlow);
        if (velocity <= 0)
        {
            return 0;
        }

        var reynolds = velocity * Diameter / Viscosity;
        var term = Math.Log10(Roughness / (3.7 * Diameter) + 5.74 / Math.Pow(reynolds, 0.9));
        var friction = 0.25 / (term * term);
        return friction * Length / Diameter * Density * velocity * velocity / 2;
    }

    /// <summary>Electric power to pump a mass flow through the pipe, W.</summary>
    public double PumpPower(double massFlow, double pumpEfficiency) =>
        massFlow / Density * PressureDrop(massFlow) / pumpEfficiency;
}
