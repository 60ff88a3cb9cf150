using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// The world outside the park (sea, reservoir, fuel market, grid, atmosphere, heat sink,
/// landfill, by-product buyer, the city). It supplies whatever is asked of it, takes whatever
/// is sent, and is not balanced itself: the park balance is what crosses it. A boundary may
/// also ask for heat or electricity (city consumers, with the heat in their return water sent
/// back), ask for water (a city's mains that take the desalinated water the park does not use:
/// what it does not get it has from its own sources, so nothing is reported unmet), or send a
/// fixed flow of sewage or wastewater (municipal sewage into a WWTP).
/// </summary>
public sealed class BoundaryModel : ProcessModel
{
    public override string Kind => ProcessCatalog.BoundaryKind;

    public override string Description =>
        "world outside the park; unbalanced: supplies what is asked, takes what is sent";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Optional("heat_demand", Dimension.Power,
            "heat the outside consumers ask for (net of return)", "0 GJ/h", "none unless stated"),
        ParameterSpec.Optional("electricity_demand", Dimension.Power,
            "electricity the outside consumers ask for", "0 MW", "none unless stated"),
        ParameterSpec.Optional("water_demand", Dimension.MassRate,
            "water the outside asks of the park, in the priority of its water connections", "0 t/h",
            "none unless stated"),
        ParameterSpec.Optional("discharge", Dimension.MassRate,
            "sewage or wastewater sent into the park", "0 t/h", "none unless stated"),
        ParameterSpec.Optional("cod_concentration", Dimension.Concentration,
            "COD of the sewage or wastewater it sends", "0 mg/L", "none unless stated"),
        ParameterSpec.Optional("nh3n_concentration", Dimension.Concentration,
            "NH3-N of the sewage or wastewater it sends", "0 mg/L", "none unless stated"),
        ParameterSpec.Optional("heat_return_share", Dimension.Fraction,
            "share of supplied heat that comes back in return water", "0 %",
            "none unless stated", max: 0.99),
    ];

    protected override CarrierRules Takes => CarrierRules.Any;

    protected override CarrierRules Gives => CarrierRules.Any;

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        private readonly double[] _heatDemand = b.Series("heat_demand");
        private readonly double[] _electricityDemand = Supply.Scale(b.Series("electricity_demand"), 1 / 3.6);
        private readonly double[] _waterDemand = b.Series("water_demand");
        private readonly double[] _discharge = b.Series("discharge");
        private readonly double _returnShare = b.Value("heat_return_share");
        // In priority order, so that a consumer takes waste heat before fired heat (cascade).
        private readonly IReadOnlyList<Port> _heatIn = b.Inputs
            .Where(p => p.Carrier.Id is "heat" or "waste-heat" or "steam")
            .OrderBy(p => p.Priority)
            .ToArray();

        public void Evaluate(NodeIo io)
        {
            AskHeat(io);
            if (_electricityDemand.Any(d => d > 0))
            {
                Supply.Ask(io, b.InputsOf("electricity"), _electricityDemand);
            }

            if (_waterDemand.Any(d => d > 0))
            {
                Supply.Ask(io, b.WaterSupplyInputs(), _waterDemand);
            }

            var discharges = b.Outputs.Count(p => p.Carrier.Id is "sewage" or "wastewater");
            foreach (var port in b.Outputs)
            {
                var flow = port.Carrier.Id switch
                {
                    "sewage" or "wastewater" => Supply.Scale(_discharge, 1.0 / discharges),
                    "heat-return" => HeatReturn.From(io, _heatIn, port, _returnShare),
                    "cod" => Load(port, "cod_concentration"),
                    "nh3n" => Load(port, "nh3n_concentration"),
                    _ => io.OutRequests[port.Index],
                };
                flow.CopyTo(io.OutFlows[port.Index], 0);
            }
        }

        /// <summary>The pollutant load of the discharge at its concentration, split over the ports.</summary>
        private double[] Load(Port port, string concentration)
        {
            var ports = b.OutputsOf(port.Carrier.Id).Count;
            return Supply.Scale(_discharge, b.Value(concentration) * 1e-6 / ports);
        }

        /// <summary>Supply heat arrives carrying its return share: ask for demand / (1 - share).</summary>
        private void AskHeat(NodeIo io)
        {
            if (!_heatDemand.Any(d => d > 0))
            {
                return;
            }

            var gross = Supply.Scale(_heatDemand, 1 / (1 - _returnShare));
            var received = Supply.Ask(io, _heatIn, gross);
            var net = Supply.Scale(received, 1 - _returnShare);
            var unmet = io.Terms.ShortfallOf("heat demand not met (GJ)");
            for (var step = 0; step < unmet.Length; step++)
            {
                unmet[step] = Math.Max(0, _heatDemand[step] - net[step]);
            }
        }

    }
}
