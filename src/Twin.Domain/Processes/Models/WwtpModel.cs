using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// A wastewater treatment plant. Water, t: inflow = effluent + water in sludge (sludge is 80 %
/// water). COD and NH3-N, t: load in = load out in effluent + load removed (transformed,
/// negative), with the effluent at its stated concentration (GB 18918-2002 class 1A allows
/// COD 50 and NH3-N 5 mg/L). Energy, GJ: electricity = heat lost. Effluent serves the users that
/// ask for it (a reclaimed-water plant) first and goes to the sea otherwise. Inflow above the
/// design capacity is reported as an overload; it is still treated, since sewage cannot wait.
/// </summary>
public sealed class WwtpModel : ProcessModel
{
    private static readonly string[] WaterIn = ["wastewater", "sewage", "concentrate", "backwash"];

    public override string Kind => "wwtp";

    public override string Description =>
        "inflow = effluent + sludge water; COD in = COD out + COD removed; electricity = heat loss";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("capacity", Dimension.MassRate, "design inflow"),
        ParameterSpec.Optional("effluent_cod", Dimension.Concentration, "COD of the effluent",
            "50 mg/L", "GB 18918-2002 class 1A limit", positive: true),
        ParameterSpec.Optional("effluent_nh3n", Dimension.Concentration, "NH3-N of the effluent",
            "5 mg/L", "GB 18918-2002 class 1A limit", positive: true),
        ParameterSpec.Optional("sludge_yield", Dimension.MassRatio, "sludge at 80 % moisture per t treated",
            "0.7 kg/t", "about 7 t of 80 %-moisture sludge per 10,000 m3 in Chinese municipal plants"),
        ParameterSpec.Optional("electricity_intensity", Dimension.SpecificEnergy, "electricity per t treated",
            "0.3 kWh/t", "Chinese municipal WWTPs use about 0.25-0.35 kWh/m3", positive: true),
    ];

    protected override CarrierRules Takes { get; } = new([.. WaterIn, "cod", "nh3n", "electricity"]);

    protected override CarrierRules Gives { get; } = new(["effluent", "sludge", "cod", "nh3n", "heat-loss"]);

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) =>
        ["effluent", "sludge", "cod", "nh3n", "heat-loss"];

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        private readonly IReadOnlyList<Port> _waterIn =
            b.Inputs.Where(p => WaterIn.Contains(p.Carrier.Id)).ToArray();

        public void Evaluate(NodeIo io)
        {
            var inflow = Supply.Arriving(io, _waterIn);
            var capacity = b.PerStep(b.Value("capacity"));
            io.Terms.RecordShortfall("inflow above design capacity (t)",
                inflow, Enumerable.Repeat(capacity, io.Steps).ToArray());

            var sludge = Supply.Scale(inflow, b.Value("sludge_yield"));
            var sludgeWater = Supply.Scale(sludge, 0.8);
            var effluent = Supply.Subtract(inflow, sludgeWater);
            Supply.Discharge(io, b.OutputsOf("effluent"), effluent);
            Combustion.Emit(io, b, "sludge", sludge);
            Supply.Add(io.Terms.DetailOf("sludge dry solids created (t)"), Supply.Scale(sludge, 0.2));

            Treat(io, "cod", effluent, b.Value("effluent_cod"));
            Treat(io, "nh3n", effluent, b.Value("effluent_nh3n"));

            var electricity = Supply.Scale(inflow, b.Value("electricity_intensity") / 1000);
            var received = Supply.Ask(io, b.InputsOf("electricity"), electricity);
            io.Terms.RecordShortfall("electricity not met (MWh)", electricity, received);
            Supply.Discharge(io, b.OutputsOf("heat-loss"), Supply.Scale(received, 3.6));
        }

        /// <summary>
        /// Sends the effluent's load at its concentration (never more than came in); the rest is
        /// removed.
        /// </summary>
        private void Treat(NodeIo io, string pollutant, double[] effluent, double concentration)
        {
            var load = Supply.Arriving(io, b.InputsOf(pollutant));
            var discharged = Supply.Min(load, Supply.Scale(effluent, concentration * 1e-6));
            Supply.Discharge(io, b.OutputsOf(pollutant), discharged);
            Supply.Add(io.Terms.TransformedOf(pollutant), Supply.Subtract(discharged, load));
        }
    }
}
