using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// A water main. Water, t: in = out + leakage, leakage a share of what enters. It carries at
/// most its cross-section times its highest velocity: capacity = pi D^2 / 4 * v_max (m3/s),
/// and passes on what is asked downstream within that.
/// </summary>
public sealed class WaterPipelineModel : ProcessModel
{
    public override string Kind => "water-pipeline";

    public override string Description => "in = out + leakage; flow <= pi D^2/4 * v_max";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("diameter", Dimension.Length, "inner (nominal) diameter"),
        ParameterSpec.Optional("length", Dimension.Length, "length", "0 m", "not needed for the balance"),
        ParameterSpec.Optional("max_velocity", Dimension.Velocity, "highest velocity allowed",
            "2 m/s", "hydraulic upper limit for large mains (GB 50013-2018 economic range 0.6-1.5 m/s)",
            positive: true),
        ParameterSpec.Optional("leakage", Dimension.Fraction, "share of inflow lost", "0 %",
            "none unless stated", max: 0.5),
    ];

    protected override CarrierRules Takes { get; } = new(kinds: [CarrierKind.Water]);

    protected override CarrierRules Gives { get; } = new(kinds: [CarrierKind.Water]);

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) =>
        Get(v, "leakage") > 0 ? ["leakage"] : [];

    /// <summary>The most water the pipe carries, t/h.</summary>
    public static double Capacity(double diameter, double maxVelocity) =>
        Math.PI * diameter * diameter / 4 * maxVelocity * 3600;

    public override double? Throughput(IReadOnlyDictionary<string, double> v) =>
        Capacity(v["diameter"], v["max_velocity"]) * (1 - v["leakage"]);

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        private readonly IReadOnlyList<Port> _in =
            b.Inputs.Where(p => p.Carrier.Id != "leakage").OrderBy(p => p.Priority).ToArray();

        private readonly IReadOnlyList<Port> _out =
            b.Outputs.Where(p => p.Carrier.Id != "leakage").OrderBy(p => p.Priority).ToArray();

        public void Evaluate(NodeIo io)
        {
            var kept = 1 - b.Value("leakage");
            var capacity = b.PerStep(Capacity(b.Value("diameter"), b.Value("max_velocity")));
            var asked = Supply.Asked(io, _out);
            var wanted = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                wanted[step] = Math.Min(asked[step] / kept, capacity);
            }

            var received = Supply.Ask(io, _in, wanted);
            var sent = Supply.Serve(io, _out, Supply.Scale(received, kept));
            var lost = Supply.Subtract(received, sent);
            Supply.Discharge(io, b.OutputsOf("leakage"), lost);
            io.Terms.RecordShortfall("asked beyond capacity (t)", Supply.Scale(asked, 1 / kept),
                Enumerable.Repeat(capacity, io.Steps).ToArray());
        }
    }
}
