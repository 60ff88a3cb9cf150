using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// A district-heating pipeline: a supply pipe and a return pipe of the same size. Supply heat
/// (above the reference temperature) in = supply heat out + supply-pipe loss; return heat in
/// = return heat out + return-pipe loss; pumping electricity ends as heat. Energy, GJ:
/// supply in + return in + electricity = supply out + return out + heat loss. The supply pipe
/// carries at most rho A v_max of water, i.e. rho A v_max cp (Ts - Tref) of heat. A pipe loses
/// heat only in steps in which it carries water.
/// </summary>
public sealed class HeatPipelineModel : ProcessModel
{
    public override string Kind => "heat-pipeline";

    public override string Description =>
        "supply in + return in + pumping = supply out + return out + loss; flow <= rho A v_max";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("diameter", Dimension.Length, "inner (nominal) diameter"),
        ParameterSpec.Require("length", Dimension.Length, "route length"),
        ParameterSpec.Optional("burial_depth", Dimension.Length, "depth of the pipe axis",
            "2.5 m", "park data: the waste-heat mains are buried 2.5-3 m", positive: true),
        ParameterSpec.Optional("supply_temperature", Dimension.Temperature, "supply temperature",
            "110 degC", "CJJ 34-2010: primary networks supply at 110-150 degC"),
        ParameterSpec.Optional("return_temperature", Dimension.Temperature, "return temperature",
            "50 degC", "CJJ 34-2010: primary networks return at 50-70 degC"),
        ParameterSpec.Optional("max_velocity", Dimension.Velocity, "highest water velocity",
            "3 m/s", "usual upper velocity of large district-heating mains, about 3 m/s", positive: true),
        ParameterSpec.Optional("insulation_thickness", Dimension.Length, "PUR insulation thickness",
            "85 mm", "EN 253 series-1 pre-insulated pipe: about 80-90 mm of PUR at DN1000-1400",
            positive: true),
        ParameterSpec.Optional("insulation_conductivity", Dimension.ThermalConductivity,
            "PUR foam conductivity", "0.029 W/(m.K)", "EN 253:2019 limit for aged PUR, 0.029 W/(m.K)",
            positive: true),
        ParameterSpec.Optional("soil_conductivity", Dimension.ThermalConductivity, "soil conductivity",
            "1.5 W/(m.K)", "moist soil 1.0-2.0 W/(m.K), EN 13941 design guidance", positive: true),
        ParameterSpec.Optional("roughness", Dimension.Length, "pipe wall roughness",
            "0.1 mm", "steel district-heating pipe, EN 13941: 0.01-0.1 mm; upper value", positive: true),
        ParameterSpec.Optional("pump_efficiency", Dimension.Fraction, "pump and motor efficiency",
            "75 %", "large centrifugal pump sets 70-80 %", positive: true, max: 1),
        ParameterSpec.Capacity("ground_temperature", Dimension.Temperature,
            "undisturbed ground temperature (the reference temperature unless stated)"),
    ];

    protected override CarrierRules Takes { get; } = new(["heat", "waste-heat", "heat-return", "electricity"]);

    protected override CarrierRules Gives { get; } = new(["heat", "waste-heat", "heat-return", "heat-loss"]);

    public override IEnumerable<string> CheckCoefficients(IReadOnlyDictionary<string, double> v)
    {
        if (v["return_temperature"] >= v["supply_temperature"])
        {
            yield return "return_temperature is not below supply_temperature";
        }

        if (v["burial_depth"] * 4 <= v["diameter"] + 2 * v["insulation_thickness"])
        {
            yield return "burial_depth is too shallow for the pipe's outer diameter";
        }
    }

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) => ["heat-loss"];

    public static HeatPipe Pipe(Func<string, double> value) => new(
        value("diameter"), value("length"), value("burial_depth"), value("insulation_thickness"),
        value("insulation_conductivity"), value("soil_conductivity"), value("roughness"));

    /// <summary>
    /// The most heat the supply pipe carries, GJ/h above the reference temperature, given its
    /// temperatures; <paramref name="reference"/> is the park's reference temperature.
    /// </summary>
    public static double HeatCapacity(Func<string, double> value, double reference) =>
        Pipe(value).MassFlow(value("max_velocity")) * HeatPipe.SpecificHeat
            * (value("supply_temperature") - reference) * 3600 / 1e9;

    /// <summary>Supply-heat capacity at a reference of 12 degC (the validator's view has no park).</summary>
    public override double? Throughput(IReadOnlyDictionary<string, double> v) => HeatCapacity(n => v[n], 12);

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process : IProcess
    {
        private readonly NodeBinding _b;
        private readonly HeatPipe _pipe;
        private readonly IReadOnlyList<Port> _supplyIn;
        private readonly IReadOnlyList<Port> _supplyOut;
        private readonly double _heatPerTonne;
        private readonly double _supplyLoss;
        private readonly double _returnLoss;
        private readonly double _capacity;

        public Process(NodeBinding b)
        {
            _b = b;
            _pipe = Pipe(b.Value);
            _supplyIn = b.Inputs.Where(p => p.Carrier.Id is "heat" or "waste-heat")
                .OrderBy(p => p.Priority).ToArray();
            _supplyOut = b.Outputs.Where(p => p.Carrier.Id is "heat" or "waste-heat")
                .OrderBy(p => p.Priority).ToArray();

            var ground = b.Has("ground_temperature") ? b.Value("ground_temperature") : b.ReferenceTemperature;
            var stepSeconds = b.Horizon.StepHours * 3600.0;
            _heatPerTonne = HeatPipe.SpecificHeat * (b.Value("supply_temperature") - b.ReferenceTemperature) / 1e6;
            _supplyLoss = _pipe.Loss(b.Value("supply_temperature"), ground) * stepSeconds / 1e9;
            _returnLoss = _pipe.Loss(b.Value("return_temperature"), ground) * stepSeconds / 1e9;
            _capacity = _pipe.MassFlow(b.Value("max_velocity")) / 1000 * stepSeconds * _heatPerTonne;
        }

        public void Evaluate(NodeIo io)
        {
            var asked = Supply.Asked(io, _supplyOut);
            var wanted = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                wanted[step] = asked[step] > 0 ? Math.Min(asked[step] + _supplyLoss, _capacity) : 0;
            }

            var received = Supply.Ask(io, _supplyIn, wanted);
            var supplyLoss = Losses(received, _supplyLoss);
            var sent = Supply.Serve(io, _supplyOut, Supply.Subtract(received, supplyLoss));
            var surplus = Supply.Subtract(Supply.Subtract(received, supplyLoss), sent);

            var returnIn = Supply.Arriving(io, _b.InputsOf("heat-return"));
            var returnLoss = Losses(returnIn, _returnLoss);
            Supply.Split(io, _b.OutputsOf("heat-return"), Supply.Subtract(returnIn, returnLoss));

            var pumping = Pump(io, received);
            var loss = Supply.Sum(Supply.Sum(supplyLoss, returnLoss), Supply.Sum(surplus, pumping));
            Supply.Discharge(io, _b.OutputsOf("heat-loss"), loss);

            Supply.Add(io.Terms.DetailOf("supply pipe loss (GJ)"), supplyLoss);
            Supply.Add(io.Terms.DetailOf("return pipe loss (GJ)"), returnLoss);
            io.Terms.RecordShortfall("asked beyond capacity (GJ)", Supply.Sum(asked, Losses(asked, _supplyLoss)),
                Enumerable.Repeat(_capacity, io.Steps).ToArray());
        }

        private static double[] Losses(double[] carried, double lossPerStep)
        {
            var losses = new double[carried.Length];
            for (var step = 0; step < carried.Length; step++)
            {
                losses[step] = carried[step] > 0 ? Math.Min(carried[step], lossPerStep) : 0;
            }

            return losses;
        }

        /// <summary>Asks for the pumping electricity of both pipes; returns it as heat, GJ per step.</summary>
        private double[] Pump(NodeIo io, double[] received)
        {
            var ports = _b.InputsOf("electricity");
            var stepSeconds = _b.Horizon.StepHours * 3600.0;
            var electricity = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                var massFlow = received[step] / _heatPerTonne * 1000 / stepSeconds;
                var watts = 2 * _pipe.PumpPower(massFlow, _b.Value("pump_efficiency"));
                electricity[step] = watts * stepSeconds / 3.6e9;
            }

            if (ports.Count == 0)
            {
                return new double[io.Steps];
            }

            var arrived = Supply.Ask(io, ports, electricity);
            io.Terms.RecordShortfall("pumping electricity not met (MWh)", electricity, arrived);
            return Supply.Scale(arrived, 3.6);
        }
    }
}
