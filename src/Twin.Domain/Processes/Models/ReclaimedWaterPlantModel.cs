using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// A reclaimed-water (deep-treatment) plant on WWTP effluent. Water, t: effluent in =
/// reclaimed water out + concentrate, reclaimed = recovery * intake, within the product
/// capacity and, when stated, within the uptake the plan schedules for the year (phase 1 at half
/// load, a ramp-up): reclaimed &lt;= min(capacity, uptake) per step. Energy, GJ: electricity = heat
/// lost. It takes only as much effluent as its users ask of it.
/// </summary>
public sealed class ReclaimedWaterPlantModel : ProcessModel
{
    public override string Kind => "reclaimed-water-plant";

    public override string Description => "effluent = reclaimed + concentrate; reclaimed = recovery * effluent";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("capacity", Dimension.MassRate, "design product flow"),
        ParameterSpec.Optional("recovery", Dimension.Fraction, "product per t of effluent taken",
            "62.5 %", "Botong design: 20,000 t/d product from 32,000 t/d intake (park data)",
            positive: true, max: 1),
        ParameterSpec.Capacity("uptake", Dimension.MassRate,
            "most product sent to users: the uptake scheduled for the year (ramp-up), below capacity"),
        ParameterSpec.Optional("electricity_intensity", Dimension.SpecificEnergy, "electricity per t product",
            "1.0 kWh/t", "ultrafiltration + reverse-osmosis reuse plants use about 0.8-1.5 kWh/m3",
            positive: true),
    ];

    protected override CarrierRules Takes { get; } = new(["effluent", "electricity"]);

    protected override CarrierRules Gives { get; } = new(["reclaimed-water", "concentrate", "heat-loss"]);

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) =>
        ["reclaimed-water", "concentrate", "heat-loss"];

    public override bool ProfileIsAvailability => true;

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        public void Evaluate(NodeIo io)
        {
            var recovery = b.Value("recovery");
            var limit = b.Has("uptake") ? Uptake(io, recovery) : null;
            var product = Membranes.Run(io, b, "effluent", "reclaimed-water", "concentrate", recovery, limit);
            Membranes.Power(io, b, product, b.Value("electricity_intensity"));
        }

        /// <summary>
        /// The effluent intake that yields the scheduled uptake; records what users asked beyond
        /// it, which they take from their next source (fresh water).
        /// </summary>
        private double[] Uptake(NodeIo io, double recovery)
        {
            var uptake = Enumerable.Repeat(b.PerStep(b.Value("uptake")), io.Steps).ToArray();
            io.Terms.RecordShortfall("asked beyond uptake (t)",
                Supply.Asked(io, b.OutputsOf("reclaimed-water")), uptake);
            return Supply.Scale(uptake, 1 / recovery);
        }
    }
}
