using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// A heat-only boiler plant. Fuel, GJ: fuel = (heat sent - heat returned) / efficiency.
/// Energy, GJ: fuel + return = heat sent + loss, the loss going to the environment. Coal
/// leaves the residues of <see cref="CoalFiring"/>; other fuels only their CO2.
/// </summary>
public sealed class HeatingPlantModel : ProcessModel
{
    public override string Kind => "heating-plant";

    public override string Description => "fuel = net heat / efficiency; fuel + return = heat + loss";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Capacity("heat_capacity", Dimension.Power, "most heat sent out at once"),
        ParameterSpec.Optional("efficiency", Dimension.Fraction, "boiler and plant thermal efficiency",
            "82 %", "coal-fired heating boilers 80-86 % (GB 24500-2020 grade limits)", positive: true, max: 1),
        .. CoalFiring.Parameters,
    ];

    protected override CarrierRules Takes { get; } = new(["heat-return", "electricity"], [CarrierKind.Fuel]);

    protected override CarrierRules Gives { get; } = new(
        ["heat", "steam", "heat-loss"], [CarrierKind.Material, CarrierKind.Emission]);

    public override IEnumerable<string> CheckCoefficients(IReadOnlyDictionary<string, double> v) =>
        CoalFiring.Check(v);

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v) =>
        ["heat-loss", "co2"];

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        private readonly IReadOnlyList<Port> _heatOut =
            b.Outputs.Where(p => p.Carrier.Id is "heat" or "steam").OrderBy(p => p.Priority).ToArray();

        private readonly IReadOnlyList<Port> _fuels = b.InputsOf(CarrierKind.Fuel);

        public void Evaluate(NodeIo io)
        {
            var capacity = b.Has("heat_capacity") ? b.PerStep(b.Value("heat_capacity")) : double.PositiveInfinity;
            var heat = Supply.Serve(io, _heatOut, Enumerable.Repeat(capacity, io.Steps).ToArray());
            var returned = Supply.Arriving(io, b.InputsOf("heat-return"));
            var fuelNeeded = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                fuelNeeded[step] = Math.Max(0, heat[step] - returned[step]) / b.Value("efficiency");
            }

            AskFuel(io, fuelNeeded);
            var fuel = Combustion.Energy(io, _fuels);
            var electricity = Supply.Scale(Supply.Arriving(io, b.InputsOf("electricity")), 3.6);
            var loss = Supply.Subtract(Supply.Sum(Supply.Sum(fuel, returned), electricity), heat);
            Supply.Discharge(io, b.OutputsOf("heat-loss"), loss);

            var coal = Supply.Arriving(io, b.InputsOf("coal"));
            if (coal.Any(c => c > 0))
            {
                CoalFiring.Burn(io, b, coal);
            }
            else
            {
                Combustion.Emit(io, b, "co2", Combustion.Co2(io, _fuels));
            }
        }

        /// <summary>Asks the fuel inputs in priority order for the energy needed, each in its own unit.</summary>
        private void AskFuel(NodeIo io, double[] gigajoules)
        {
            var received = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                var open = gigajoules[step];
                foreach (var port in _fuels)
                {
                    var perUnit = port.Carrier.EnergyPerUnit;
                    io.InRequests[port.Index][step] = open / perUnit;
                    var arrived = io.InFlows[port.Index][step] * perUnit;
                    received[step] += arrived;
                    open = Math.Max(0, open - arrived);
                }
            }

            io.Terms.RecordShortfall("fuel not met (GJ)", gigajoules, received);
        }
    }
}
