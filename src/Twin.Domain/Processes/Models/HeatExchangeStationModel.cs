using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// A central heat-exchange station between a primary network and the consumers it heats.
/// It asks its heat sources in priority order (waste heat before fired heat) for
/// demand / efficiency of net heat. Supply water at Ts returns at Tr, so of each GJ received a
/// share r = (Tr - Tref) / (Ts - Tref) goes back to its source: gross ask = net / (1 - r).
/// Energy, GJ: received = returned + delivered + loss. The design outdoor and indoor
/// temperatures do not enter the balance: they give the station's design (peak-day) load,
/// Q_design = mean demand * (T_in - T_design) / mean degree-days per day, for sizing its supply.
/// </summary>
public sealed class HeatExchangeStationModel : ProcessModel
{
    public override string Kind => "heat-exchange-station";

    public override string Description => "received = returned + delivered + loss; returned = r * received";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("heat_demand", Dimension.Power, "heat the consumers ask for, per year"),
        ParameterSpec.Optional("efficiency", Dimension.Fraction, "share of net heat passed to consumers",
            "98 %", "plate heat-exchanger stations lose 1-3 % of the heat they pass", positive: true, max: 1),
        ParameterSpec.Optional("supply_temperature", Dimension.Temperature, "primary supply temperature",
            "110 degC", "CJJ 34-2010: primary networks supply at 110-150 degC"),
        ParameterSpec.Optional("return_temperature", Dimension.Temperature, "primary return temperature",
            "50 degC", "CJJ 34-2010: primary networks return at 50-70 degC"),
        ParameterSpec.Optional("indoor_temperature", Dimension.Temperature,
            "indoor design temperature, the base of the heating degree-days", "18 degC",
            "GB 50736-2012, 3.0.1: heated rooms 18-24 degC in cold zones; 18 is the degree-day base"),
        new("design_outdoor_temperature", Dimension.Temperature,
            "heating design outdoor temperature (for the design load only)", Limit: true),
    ];

    protected override CarrierRules Takes { get; } = new(["heat", "waste-heat", "steam"]);

    protected override CarrierRules Gives { get; } = new(["heat", "heat-return", "heat-loss"]);

    public override IEnumerable<string> CheckCoefficients(IReadOnlyDictionary<string, double> v)
    {
        if (v["return_temperature"] >= v["supply_temperature"])
        {
            yield return "return_temperature is not below supply_temperature: no heat can be passed";
        }

        if (v.TryGetValue("design_outdoor_temperature", out var design) && design >= v["indoor_temperature"])
        {
            yield return "design_outdoor_temperature is not below indoor_temperature: no design load";
        }
    }

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) =>
        ["heat", "heat-loss"];

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        private readonly IReadOnlyList<Port> _sources =
            b.Inputs.Where(p => p.Carrier.Kind == CarrierKind.Heat).OrderBy(p => p.Priority).ToArray();

        private readonly double _returnShare = HeatReturn.Share(
            b.Value("supply_temperature"), b.Value("return_temperature"), b.ReferenceTemperature);

        public void Evaluate(NodeIo io)
        {
            var demand = b.Series("heat_demand");
            var efficiency = b.Value("efficiency");
            var gross = Supply.Scale(demand, 1 / (efficiency * (1 - _returnShare)));
            var received = Supply.Ask(io, _sources, gross);

            var returned = new double[io.Steps];
            foreach (var port in b.OutputsOf("heat-return"))
            {
                var back = HeatReturn.From(io, _sources, port, _returnShare);
                back.CopyTo(io.OutFlows[port.Index], 0);
                Supply.Add(returned, back);
            }

            var delivered = new double[io.Steps];
            var loss = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                var net = received[step] - returned[step];
                delivered[step] = Math.Min(demand[step], net * efficiency);
                loss[step] = net - delivered[step];
            }

            Supply.Discharge(io, b.OutputsOf("heat"), delivered);
            Supply.Discharge(io, b.OutputsOf("heat-loss"), loss);
            io.Terms.RecordShortfall("heat demand not met (GJ)", demand, delivered);
        }
    }
}
