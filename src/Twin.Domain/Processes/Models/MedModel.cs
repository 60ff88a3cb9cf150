using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// Low-temperature multi-effect distillation on low-grade steam (a cascade use of CHP heat).
/// Water, t: seawater = distillate + brine, distillate = recovery * seawater. Heat, GJ:
/// steam = distillate * latent heat / gained output ratio, where the latent heat of water at
/// about 70 degC is 2.333 GJ/t (IAPWS-IF97 steam tables). Energy: steam + electricity = heat
/// rejected to the sea.
/// </summary>
public sealed class MedModel : ProcessModel
{
    public const double LatentHeat = 2.333;

    public override string Kind => "med";

    public override string Description => "steam = distillate * 2.333 GJ/t / GOR; steam + power = heat rejected";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("capacity", Dimension.MassRate, "design distillate flow"),
        ParameterSpec.Optional("gained_output_ratio", Dimension.Fraction, "t distillate per t steam",
            "10", "low-temperature MED with thermal vapour compression: GOR 8-12", positive: true),
        ParameterSpec.Optional("recovery", Dimension.Fraction, "distillate per t of seawater",
            "35 %", "MED plants recover 30-40 % of the feed", positive: true, max: 0.9),
        ParameterSpec.Optional("electricity_intensity", Dimension.SpecificEnergy, "electricity per t distillate",
            "1.5 kWh/t", "MED pumping 1.5-2.5 kWh/m3", positive: true),
    ];

    protected override CarrierRules Takes { get; } = new(["seawater", "steam", "heat", "waste-heat", "electricity"]);

    protected override CarrierRules Gives { get; } = new(["desalinated-water", "brine", "heat-loss"]);

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) =>
        ["desalinated-water", "brine", "heat-loss"];

    public override bool ProfileIsAvailability => true;

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        private readonly IReadOnlyList<Port> _steam =
            b.Inputs.Where(p => p.Carrier.Kind == CarrierKind.Heat).OrderBy(p => p.Priority).ToArray();

        public void Evaluate(NodeIo io)
        {
            var steamPerTonne = LatentHeat / b.Value("gained_output_ratio");
            var recovery = b.Value("recovery");
            var capacity = b.AvailablePerStep(b.Value("capacity"));
            var asked = Supply.Min(Supply.Asked(io, b.OutputsOf("desalinated-water")), capacity);
            var steam = Supply.Ask(io, _steam, Supply.Scale(asked, steamPerTonne));

            // Steam decides how much can be distilled; seawater is asked for that much.
            var limit = Supply.Scale(steam, 1 / steamPerTonne / recovery);
            var product = Membranes.Run(io, b, "seawater", "desalinated-water", "brine", recovery, limit);
            Membranes.Power(io, b, product, b.Value("electricity_intensity"), steam);
        }
    }
}
