using Twin.Domain.Carriers;
using Twin.Domain.Units;

namespace Twin.Domain.Processes.Models;

/// <summary>
/// An enterprise, or an aggregate of enterprises. Water, t per step:
/// intake = wastewater + sewage + water in products + evaporation, where evaporation closes
/// the balance (cooling towers, drying). Energy, GJ: fuels + electricity + heat = heat lost to
/// the environment. Pollutants and wastes are created in the node (transformed) and sent out.
/// When less water arrives than it needs, the whole enterprise runs at that share of its load.
/// </summary>
public sealed class EnterpriseModel : ProcessModel
{
    /// <summary>Parameters that are yearly amounts of a carrier, by carrier.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fuels = new Dictionary<string, string>
    {
        ["coal"] = "coal",
        ["anthracite"] = "anthracite",
        ["natural_gas"] = "natural-gas",
        ["lng"] = "lng",
        ["diesel"] = "diesel",
        ["fuel_oil"] = "fuel-oil",
        ["other_fuel"] = "other-fuel",
    };

    public static readonly IReadOnlyDictionary<string, string> Wastes = new Dictionary<string, string>
    {
        ["scrap_metal"] = "scrap-metal",
        ["textile_waste"] = "textile-waste",
        ["general_waste"] = "general-waste",
        ["hazardous_waste"] = "hazardous-waste",
        ["sludge"] = "sludge",
        ["so2"] = "so2",
        ["nox"] = "nox",
        ["dust"] = "dust",
        ["vocs"] = "vocs",
        ["process_co2"] = "co2",
    };

    /// <summary>Name of the detail term that counts water reused inside a plant.</summary>
    public const string Recirculated = "water recirculated (t)";

    public override string Kind => "enterprise";

    public override string Description =>
        "intake = wastewater + sewage + products + evaporation; fuel + power + heat = heat loss";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = BuildParameters();

    protected override CarrierRules Takes { get; } = new(
        ["heat", "steam", "waste-heat"],
        [CarrierKind.Water, CarrierKind.Electricity, CarrierKind.Fuel]);

    protected override CarrierRules Gives { get; } = new(
        ["wastewater", "sewage", "evaporation", "water-in-products", "heat-loss", "cod", "nh3n"],
        [CarrierKind.Material, CarrierKind.Emission]);

    public override string? CannotTake(Carrier carrier, Func<string, string?> text)
    {
        if (carrier.Kind == CarrierKind.Water)
        {
            var need = CarrierRules.ParseQuality(text("water_quality"));
            if (!carrier.IsWaterSupply || need is null || !CarrierRules.Fits(carrier, need.Value))
            {
                return $"its water_quality '{text("water_quality") ?? "potable"}' does not accept "
                    + $"{carrier.Id}";
            }

            return null;
        }

        return base.CannotTake(carrier, text);
    }

    public override IEnumerable<string> CheckCoefficients(IReadOnlyDictionary<string, double> v)
    {
        var returned = Get(v, "wastewater") + Get(v, "sewage") + Get(v, "water_in_products");
        if (returned > Get(v, "water_use") * (1 + 1e-12))
        {
            yield return "wastewater + sewage + water_in_products exceed water_use: "
                + "outputs above inputs";
        }
    }

    public override IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> v)
    {
        var water = Get(v, "water_use");
        if (Get(v, "wastewater") > 0) yield return "wastewater";
        if (Get(v, "sewage") > 0) yield return "sewage";
        if (Get(v, "water_in_products") > 0) yield return "water-in-products";
        if (water - Get(v, "wastewater") - Get(v, "sewage") - Get(v, "water_in_products") > 1e-9 * water)
        {
            yield return "evaporation";
        }

        foreach (var (name, carrier) in Wastes.Where(w => Get(v, w.Key) > 0))
        {
            yield return carrier;
        }

        if (Get(v, "wastewater") + Get(v, "sewage") > 0)
        {
            yield return "cod";
            yield return "nh3n";
        }

        var fuels = Fuels.Keys.Sum(f => Get(v, f));
        if (fuels > 0)
        {
            yield return "co2";
        }

        if (fuels + Get(v, "electricity") + Get(v, "heat") > 0)
        {
            yield return "heat-loss";
        }
    }

    public override IProcess Bind(NodeBinding binding) => new Process(binding);

    private static List<ParameterSpec> BuildParameters()
    {
        const string none = "none unless stated";
        var list = new List<ParameterSpec>
        {
            ParameterSpec.Optional("water_use", Dimension.MassRate, "water intake", "0 t/yr", none),
            ParameterSpec.Optional("wastewater", Dimension.MassRate, "industrial wastewater to sewer",
                "0 t/yr", none),
            ParameterSpec.Optional("sewage", Dimension.MassRate, "domestic sewage to sewer",
                "0 t/yr", none),
            ParameterSpec.Optional("water_in_products", Dimension.MassRate, "water leaving in products",
                "0 t/yr", none),
            // GB/T 31962-2015 grade B caps sewer discharge at COD 500 and NH3-N 45 mg/L;
            // pre-treated industrial wastewater in Chinese parks is commonly 250-400 and 25-35.
            ParameterSpec.Optional("cod_concentration", Dimension.Concentration,
                "COD of wastewater and sewage as sent to the sewer", "300 mg/L",
                "typical pre-treated sewer discharge, within GB/T 31962-2015 grade B (500 mg/L)"),
            ParameterSpec.Optional("nh3n_concentration", Dimension.Concentration,
                "NH3-N of wastewater and sewage as sent to the sewer", "30 mg/L",
                "typical pre-treated sewer discharge, within GB/T 31962-2015 grade B (45 mg/L)"),
            ParameterSpec.Optional("recirculated_water", Dimension.MassRate,
                "water reused inside the plant (cooling circuits, cascades): counted, not a flow",
                "0 t/yr", none),
            ParameterSpec.Optional("electricity", Dimension.Power, "electricity use", "0 MWh/yr", none),
            ParameterSpec.Optional("heat", Dimension.Power, "heat or steam use", "0 GJ/yr", none),
        };
        foreach (var (name, carrier) in Fuels)
        {
            var (dimension, zero) = name switch
            {
                "natural_gas" => (Dimension.GasVolumeRate, "0 Nm3/yr"),
                "other_fuel" => (Dimension.Power, "0 GJ/yr"),
                _ => (Dimension.MassRate, "0 t/yr"),
            };
            list.Add(ParameterSpec.Optional(name, dimension, $"{carrier} burnt", zero, none));
        }

        list.AddRange(Wastes.Keys.Select(w =>
            ParameterSpec.Optional(w, Dimension.MassRate, $"{Wastes[w]} created", "0 t/yr", none)));
        return list;
    }

    private sealed class Process : IProcess
    {
        private readonly NodeBinding _b;
        private readonly double[] _demand;
        private readonly IReadOnlyList<Port> _water;
        private readonly IReadOnlyList<Port> _heat;

        public Process(NodeBinding binding)
        {
            _b = binding;
            _demand = binding.Series("water_use");
            _water = binding.WaterSupplyInputs();
            _heat = binding.Inputs.Where(p => p.Carrier.Kind == CarrierKind.Heat)
                .OrderBy(p => p.Priority).ToArray();
        }

        public void Evaluate(NodeIo io)
        {
            var received = Supply.Ask(io, _water, _demand);
            var load = Load(received);
            io.Terms.RecordShortfall("water demand not met (t)", _demand, received);

            SendWater(io, received, load);
            Supply.Add(io.Terms.DetailOf(Recirculated), Supply.Multiply(_b.Series("recirculated_water"), load));
            TakeEnergy(io, load);
            SendPollutants(io, load);
        }

        /// <summary>The share of its load the enterprise runs at, per step: water received / needed.</summary>
        private double[] Load(double[] received)
        {
            var load = new double[received.Length];
            for (var step = 0; step < load.Length; step++)
            {
                load[step] = _demand[step] > 0 ? Math.Min(1, received[step] / _demand[step]) : 1;
            }

            return load;
        }

        private void SendWater(NodeIo io, double[] received, double[] load)
        {
            var evaporation = (double[])received.Clone();
            foreach (var (name, carrier) in new[]
            {
                ("wastewater", "wastewater"), ("sewage", "sewage"), ("water_in_products", "water-in-products"),
            })
            {
                var amount = Supply.Multiply(_b.Series(name), load);
                Supply.Discharge(io, _b.OutputsOf(carrier), amount);
                evaporation = Supply.Subtract(evaporation, amount);
            }

            Supply.Discharge(io, _b.OutputsOf("evaporation"), evaporation);
        }

        private void TakeEnergy(NodeIo io, double[] load)
        {
            // Power parameters are GJ per hour; electricity flows are MWh.
            var electricity = Supply.Scale(Supply.Multiply(_b.Series("electricity"), load), 1 / 3.6);
            io.Terms.RecordShortfall("electricity not met (MWh)", electricity,
                Supply.Ask(io, _b.InputsOf("electricity"), electricity));

            var heat = Supply.Multiply(_b.Series("heat"), load);
            io.Terms.RecordShortfall("heat not met (GJ)", heat, Supply.Ask(io, _heat, heat));

            foreach (var (name, carrier) in Fuels)
            {
                var fuel = Supply.Multiply(_b.Series(name), load);
                io.Terms.RecordShortfall($"{carrier} not met", fuel, Supply.Ask(io, _b.InputsOf(carrier), fuel));
            }

            var energy = Combustion.Energy(io, _b.Inputs);
            Supply.Discharge(io, _b.OutputsOf("heat-loss"), energy);
        }

        private void SendPollutants(NodeIo io, double[] load)
        {
            foreach (var (name, carrier) in Wastes.Where(w => w.Value != "co2"))
            {
                Combustion.Emit(io, _b, carrier, Supply.Multiply(_b.Series(name), load));
            }

            var co2 = Combustion.Co2(io, _b.Inputs);
            Supply.Add(co2, Supply.Multiply(_b.Series("process_co2"), load));
            Combustion.Emit(io, _b, "co2", co2);

            var water = Supply.Sum(
                Supply.Multiply(_b.Series("wastewater"), load), Supply.Multiply(_b.Series("sewage"), load));
            Combustion.Emit(io, _b, "cod", Supply.Scale(water, _b.Value("cod_concentration") * 1e-6));
            Combustion.Emit(io, _b, "nh3n", Supply.Scale(water, _b.Value("nh3n_concentration") * 1e-6));
        }
    }
}
