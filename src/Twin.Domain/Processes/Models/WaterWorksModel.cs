using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// A water works treating raw reservoir water into mains water. Water, t: raw water =
/// mains water + own use (filter backwash, sludge water), own use being a share of the raw
/// water. Energy, GJ: electricity (treatment and pumping) = heat lost.
/// </summary>
public sealed class WaterWorksModel : ProcessModel
{
    public override string Kind => "water-works";

    public override string Description => "raw = mains + own use; electricity = heat loss";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("capacity", Dimension.MassRate, "design output"),
        ParameterSpec.Optional("own_use", Dimension.Fraction, "share of raw water used in the works",
            "5 %", "GB 50013-2018: own use of water works 5-10 % of supply", max: 0.5),
        ParameterSpec.Optional("electricity_intensity", Dimension.SpecificEnergy,
            "electricity per t supplied", "0.3 kWh/t",
            "treatment and high-lift pumping of Chinese water utilities about 0.25-0.35 kWh/m3",
            positive: true),
    ];

    protected override CarrierRules Takes { get; } = new(["raw-water", "electricity"]);

    protected override CarrierRules Gives { get; } = new(["fresh-water", "backwash", "heat-loss"]);

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) =>
        Get(v, "own_use") > 0 ? ["fresh-water", "backwash", "heat-loss"] : ["fresh-water", "heat-loss"];

    public override bool ProfileIsAvailability => true;

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        public void Evaluate(NodeIo io)
        {
            var recovery = 1 - b.Value("own_use");
            var product = Membranes.Run(io, b, "raw-water", "fresh-water", "backwash", recovery);
            Membranes.Power(io, b, product, b.Value("electricity_intensity"));
        }
    }
}
