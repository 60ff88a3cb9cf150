using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// Seawater reverse osmosis. Water, t: seawater = permeate + brine, permeate = recovery *
/// seawater, within the capacity. Energy, GJ: electricity = heat carried off in the brine.
/// Its specific energy may not be below the thermodynamic minimum for its recovery,
/// w_min = pi / r * ln(1 / (1 - r)), which is 1.06 kWh/m3 at 50 % for 35 g/kg seawater
/// (Elimelech and Phillip, Science 333, 2011).
/// </summary>
public sealed class SwroModel : ProcessModel
{
    /// <summary>
    /// Osmotic pressure of 35 g/kg seawater at 25 degC, MPa (= MJ/m3); chosen so that
    /// w_min(50 %) = 1.06 kWh/m3 as Elimelech and Phillip give.
    /// </summary>
    public const double SeawaterOsmoticPressure = 1.06 * 3.6 * 0.5 / 0.69314718055994531;

    public override string Kind => "swro";

    public override string Description => "seawater = permeate + brine; electricity = heat in brine";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("capacity", Dimension.MassRate, "design permeate flow"),
        ParameterSpec.Optional("recovery", Dimension.Fraction, "permeate per t of seawater",
            "45 %", "single-pass SWRO recovers 40-50 %", positive: true, max: 0.95),
        ParameterSpec.Optional("specific_energy", Dimension.SpecificEnergy, "electricity per t permeate",
            "3.5 kWh/t", "SWRO with pressure exchangers, intake and pre-treatment: 3-4 kWh/m3",
            positive: true),
    ];

    protected override CarrierRules Takes { get; } = new(["seawater", "electricity"]);

    protected override CarrierRules Gives { get; } = new(["desalinated-water", "brine", "heat-loss"]);

    /// <summary>The least electricity per t of permeate at a recovery, kWh/t.</summary>
    public static double MinimumSpecificEnergy(double recovery) =>
        SeawaterOsmoticPressure / recovery * Math.Log(1 / (1 - recovery)) / 3.6;

    public override IEnumerable<string> CheckCoefficients(IReadOnlyDictionary<string, double> v)
    {
        var minimum = MinimumSpecificEnergy(v["recovery"]);
        if (v["specific_energy"] < minimum)
        {
            yield return $"specific_energy {v["specific_energy"]:G3} kWh/m3 is below the thermodynamic "
                + $"minimum {minimum:G3} kWh/m3 at {v["recovery"]:P0} recovery";
        }
    }

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) =>
        ["desalinated-water", "brine", "heat-loss"];

    public override bool ProfileIsAvailability => true;

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        public void Evaluate(NodeIo io)
        {
            var product = Membranes.Run(io, b, "seawater", "desalinated-water", "brine", b.Value("recovery"));
            Membranes.Power(io, b, product, b.Value("specific_energy"));
        }
    }
}
