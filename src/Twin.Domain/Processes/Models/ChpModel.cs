using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// A coal-fired combined heat and power plant. Coal, tce per step:
/// coal = E * power_coal_rate + Qf * heat_coal_rate, where E is electricity sent out and Qf
/// the fired net heat (heat sent minus its return). Energy, GJ:
/// coal + return heat = E + heat sent + waste heat sent + stack loss + cooling loss; the stack
/// loss is a share of the coal's energy and the cooling (condenser) loss closes the balance.
/// Waste heat is recovered from the condenser loss, up to a share of it and a capacity.
/// Water, t: make-up = evaporation + wastewater + district-heating network make-up, and used
/// seawater goes back to the sea.
/// </summary>
public sealed class ChpModel : ProcessModel
{
    public override string Kind => "chp";

    public override string Description =>
        "coal = E*rate_e + Qf*rate_h; coal + return = E + heat + stack + cooling; "
        + "make-up = evaporation + wastewater + network";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Require("electrical_capacity", Dimension.Power, "installed electrical capacity"),
        ParameterSpec.Require("generation", Dimension.Power, "electricity sent out, per year"),
        ParameterSpec.Require("power_coal_rate", Dimension.CoalPerElectricity,
            "standard coal per kWh sent out"),
        ParameterSpec.Optional("heat_coal_rate", Dimension.CoalPerHeat, "standard coal per GJ of net heat",
            "39 kgce/GJ", "China Electricity Council statistics: heat-supply coal rate about 39 kgce/GJ",
            positive: true),
        ParameterSpec.Capacity("heat_capacity", Dimension.Power, "most heat sent out at once"),
        ParameterSpec.Optional("stack_loss", Dimension.Fraction, "share of coal energy lost up the stack",
            "5 %", "flue-gas loss of large pulverised-coal boilers 4-6 % (GB/T 10184-2015 method)",
            max: 0.5),
        ParameterSpec.Optional("waste_heat_recovery", Dimension.Fraction,
            "share of the cooling loss that can be recovered as waste heat", "0 %", "none unless stated",
            max: 1),
        ParameterSpec.Capacity("waste_heat_capacity", Dimension.Power, "most waste heat sent at once"),
        ParameterSpec.Optional("makeup_water", Dimension.MassRate, "boiler and cooling make-up water",
            "0 t/yr", "none unless stated"),
        ParameterSpec.Optional("wastewater", Dimension.MassRate, "wastewater discharged",
            "0 t/yr", "none unless stated"),
        ParameterSpec.Optional("network_makeup", Dimension.MassRate,
            "water sent into the district-heating network to replace its losses", "0 t/yr",
            "none unless stated"),
        ParameterSpec.Optional("recirculated_water", Dimension.MassRate,
            "water reused inside the plant (cooling circuits, graded reuse): counted, not a flow",
            "0 t/yr", "none unless stated"),
        ParameterSpec.Optional("seawater_use", Dimension.MassRate, "seawater used and returned",
            "0 t/yr", "none unless stated"),
        .. CoalFiring.Parameters,
    ];

    protected override CarrierRules Takes { get; } = new(
        ["coal", "heat-return"], [CarrierKind.Water]);

    protected override CarrierRules Gives { get; } = new(
        ["electricity", "heat", "steam", "waste-heat", "heat-loss", "evaporation", "wastewater",
            "leakage", "brine"],
        [CarrierKind.Material, CarrierKind.Emission]);

    public override string? CannotTake(Carrier carrier, Func<string, string?> text) =>
        carrier.Kind == CarrierKind.Water && !carrier.IsWaterSupply
            ? $"a chp takes water supplies, not {carrier.Id}"
            : base.CannotTake(carrier, text);

    public override IEnumerable<string> CheckCoefficients(IReadOnlyDictionary<string, double> v)
    {
        var usable = 1 - v["stack_loss"];
        var power = v["power_coal_rate"] / 1e6 * UnitCatalog.GigajoulesPerTce * usable;
        if (power < 3.6e-3)
        {
            yield return $"power_coal_rate {v["power_coal_rate"]:G4} gce/kWh gives less coal energy "
                + "than the electricity sent out: outputs above inputs";
        }

        if (v["heat_coal_rate"] / 1000 * UnitCatalog.GigajoulesPerTce * usable < 1)
        {
            yield return $"heat_coal_rate {v["heat_coal_rate"]:G4} kgce/GJ gives less coal energy "
                + "than the heat sent out: outputs above inputs";
        }

        if (v["generation"] > v["electrical_capacity"] * (1 + 1e-12))
        {
            yield return "generation exceeds electrical_capacity";
        }

        if (Get(v, "wastewater") + Get(v, "network_makeup") > Get(v, "makeup_water") * (1 + 1e-12))
        {
            yield return "wastewater + network_makeup exceed makeup_water: outputs above inputs";
        }

        foreach (var problem in CoalFiring.Check(v))
        {
            yield return problem;
        }
    }

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v)
    {
        yield return "electricity";
        yield return "heat-loss";
        foreach (var residue in CoalFiring.Outputs(v))
        {
            yield return residue;
        }

        if (Get(v, "wastewater") > 0) yield return "wastewater";
        if (Get(v, "network_makeup") > 0) yield return "leakage";
        if (Get(v, "seawater_use") > 0) yield return "brine";
        if (Get(v, "makeup_water") > Get(v, "wastewater") + Get(v, "network_makeup"))
        {
            yield return "evaporation";
        }
    }

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private sealed class Process(NodeBinding b) : IProcess
    {
        private readonly IReadOnlyList<Port> _heatOut =
            b.Outputs.Where(p => p.Carrier.Id is "heat" or "steam").OrderBy(p => p.Priority).ToArray();

        private readonly IReadOnlyList<Port> _freshWater =
            b.WaterSupplyInputs().Where(p => p.Carrier.Id != "seawater").ToArray();

        private readonly double _coalEnergy = b.Inputs.FirstOrDefault(p => p.Carrier.Id == "coal")
            ?.Carrier.EnergyPerUnit ?? 0.738 * UnitCatalog.GigajoulesPerTce;

        public void Evaluate(NodeIo io)
        {
            // Power parameters are GJ per hour; electricity flows are MWh.
            var electricity = Supply.Scale(b.Series("generation"), 1 / 3.6);
            Supply.Discharge(io, b.OutputsOf("electricity"), electricity);

            var heat = Supply.Serve(io, _heatOut, Limit(b.Has("heat_capacity") ? b.Value("heat_capacity") : null));
            var (firedReturn, wasteReturn) = Returns(io);
            var firedNet = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                firedNet[step] = Math.Max(0, heat[step] - firedReturn[step]);
            }

            var wasteHeat = SendWasteHeat(io, electricity, wasteReturn);
            AskCoal(io, electricity, firedNet);
            var coal = Supply.Arriving(io, b.InputsOf("coal"));
            var fuel = Supply.Scale(coal, _coalEnergy);
            var stack = Supply.Scale(fuel, b.Value("stack_loss"));

            // The condenser takes what is left: coal and returned heat in, less everything sent.
            var cooling = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                cooling[step] = fuel[step] + firedReturn[step] + wasteReturn[step] - stack[step]
                    - electricity[step] * 3.6 - heat[step] - wasteHeat[step];
            }

            SendLosses(io, stack, cooling);
            CoalFiring.Burn(io, b, coal);
            UseWater(io);
        }

        private double[] Limit(double? capacityPerHour) =>
            Enumerable.Repeat(capacityPerHour is { } c ? b.PerStep(c) : double.PositiveInfinity, b.Steps)
                .ToArray();

        /// <summary>
        /// Splits the heat coming back in return water between the fired heat and the waste heat
        /// it was sent as, peer by peer in proportion to what each peer was sent, so that only the
        /// fired heat's return lowers the coal burnt.
        /// </summary>
        private (double[] Fired, double[] Waste) Returns(NodeIo io)
        {
            var fired = new double[io.Steps];
            var waste = new double[io.Steps];
            foreach (var input in b.InputsOf("heat-return"))
            {
                var heatTo = Sent(io, input.PeerId, "heat", "steam");
                var wasteTo = Sent(io, input.PeerId, "waste-heat");
                var onlyWaste = Sends(input.PeerId, "waste-heat") && !Sends(input.PeerId, "heat", "steam");
                for (var step = 0; step < io.Steps; step++)
                {
                    var returned = io.InFlows[input.Index][step];
                    var sent = heatTo[step] + wasteTo[step];
                    var firedShare = sent > 0 ? heatTo[step] / sent : onlyWaste ? 0 : 1;
                    fired[step] += returned * firedShare;
                    waste[step] += returned * (1 - firedShare);
                }
            }

            return (fired, waste);
        }

        private bool Sends(string peer, params string[] carriers) =>
            b.Outputs.Any(o => o.PeerId == peer && carriers.Contains(o.Carrier.Id));

        private double[] Sent(NodeIo io, string peer, params string[] carriers)
        {
            var sent = new double[io.Steps];
            foreach (var port in b.Outputs.Where(o => o.PeerId == peer && carriers.Contains(o.Carrier.Id)))
            {
                Supply.Add(sent, io.OutFlows[port.Index]);
            }

            return sent;
        }

        private void AskCoal(NodeIo io, double[] electricity, double[] firedNet)
        {
            var tcePerMwh = b.Value("power_coal_rate") / 1000;
            var tcePerGj = b.Value("heat_coal_rate") / 1000;
            var coal = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                var tce = electricity[step] * tcePerMwh + firedNet[step] * tcePerGj;
                coal[step] = tce * UnitCatalog.GigajoulesPerTce / _coalEnergy;
            }

            io.Terms.RecordShortfall("coal not met (t)", coal, Supply.Ask(io, b.InputsOf("coal"), coal));
        }

        /// <summary>
        /// Serves waste-heat requests. The recoverable heat is a share of the condenser heat of
        /// power generation, coal for power less its stack loss less the electricity:
        /// E (rate_e 29.307 GJ/tce (1 - stack) - 3.6 GJ/MWh). It does not depend on the heat
        /// sent, so waste heat and fired heat cannot chase each other. The return water brings
        /// back the rest of what was sent, so the most sent is recoverable + returned.
        /// </summary>
        private double[] SendWasteHeat(NodeIo io, double[] electricity, double[] wasteReturn)
        {
            var ports = b.OutputsOf("waste-heat");
            if (ports.Count == 0)
            {
                return new double[io.Steps];
            }

            var condenserPerMwh = b.Value("power_coal_rate") / 1e6 * UnitCatalog.GigajoulesPerTce * 1000
                * (1 - b.Value("stack_loss")) - 3.6;
            var recovery = b.Value("waste_heat_recovery");
            var capacity = b.Has("waste_heat_capacity")
                ? b.PerStep(b.Value("waste_heat_capacity"))
                : double.PositiveInfinity;
            var available = new double[io.Steps];
            for (var step = 0; step < io.Steps; step++)
            {
                var recoverable = recovery * Math.Max(0, electricity[step] * condenserPerMwh);
                available[step] = Math.Min(capacity, recoverable + wasteReturn[step]);
            }

            var sent = Supply.Serve(io, ports, available);
            var recovered = Supply.Subtract(sent, Supply.Min(sent, wasteReturn));
            Supply.Add(io.Terms.DetailOf("waste heat recovered (GJ)"), recovered);
            return sent;
        }

        private void SendLosses(NodeIo io, double[] stack, double[] cooling)
        {
            Supply.Add(io.Terms.DetailOf("stack loss (GJ)"), stack);
            Supply.Add(io.Terms.DetailOf("cooling loss (GJ)"), cooling);
            Supply.Discharge(io, b.OutputsOf("heat-loss"), Supply.Sum(stack, cooling));
        }

        private void UseWater(NodeIo io)
        {
            var makeup = Supply.Ask(io, _freshWater, b.Series("makeup_water"));
            io.Terms.RecordShortfall("make-up water not met (t)", b.Series("makeup_water"), makeup);
            var wastewater = Supply.Min(b.Series("wastewater"), makeup);
            var network = Supply.Min(b.Series("network_makeup"), Supply.Subtract(makeup, wastewater));
            Supply.Discharge(io, b.OutputsOf("wastewater"), wastewater);
            Supply.Discharge(io, b.OutputsOf("leakage"), network);
            Supply.Discharge(io, b.OutputsOf("evaporation"),
                Supply.Subtract(Supply.Subtract(makeup, wastewater), network));

            Supply.Add(io.Terms.DetailOf(EnterpriseModel.Recirculated), b.Series("recirculated_water"));
            var seawater = Supply.Ask(io, b.InputsOf("seawater"), b.Series("seawater_use"));
            Supply.Discharge(io, b.OutputsOf("brine"), seawater);
        }
    }
}
