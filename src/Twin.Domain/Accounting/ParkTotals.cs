using Twin.Domain.Carriers;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;
using Twin.Domain.Units;

namespace Twin.Domain.Accounting;

/// <summary>
/// The park's named totals over a run, each a documented sum of flows, so anyone can redo it
/// from flows.csv. "Users" are the nodes that use water, heat and power (enterprises, CHP and
/// heating plants); networks and treatment plants are not users, so water counted at a user is
/// counted once however many mains it passed.
/// </summary>
public static class ParkTotals
{
    /// <summary>Node kinds whose intake counts as the park's use.</summary>
    public static readonly IReadOnlySet<string> UserKinds =
        new HashSet<string>(["enterprise", "chp", "heating-plant"], StringComparer.Ordinal);

    /// <summary>Settings role of boundary nodes that buy and use by-products and wastes.</summary>
    public const string BuyerRole = "buyer";

    /// <summary>tce per GJ of heat (park data: 0.03412 tce/GJ).</summary>
    public const double TcePerGigajouleHeat = 0.03412;

    /// <summary>
    /// Electricity at equivalent value: the national average coal rate of power supplied in
    /// 2020, 305.5 gce/kWh (China Electricity Council, 2020 statistics), which the park's
    /// energy output counts electricity at. A topology may restate it as the fact
    /// "electricity_equivalent_gce_per_kwh".
    /// </summary>
    public const double DefaultElectricityEquivalent = 305.5;

    public static IReadOnlyDictionary<string, double> Compute(SimulationResult result)
    {
        var f = new Flows(result);
        var totals = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["fresh_water_t"] = f.IntoUsers("fresh-water") + f.IntoUsers("raw-water"),
            ["seawater_t"] = f.IntoUsers("seawater"),
            ["seawater_desalinated_intake_t"] = f.Into(["swro", "med"], "seawater"),
            ["desalinated_water_t"] = f.IntoUsers("desalinated-water"),
            ["reclaimed_water_t"] = f.IntoUsers("reclaimed-water"),
            ["wastewater_t"] = f.OutOfUsers("wastewater"),
            ["cod_t"] = f.IndustrialDischarge("cod"),
            ["nh3n_t"] = f.IndustrialDischarge("nh3n"),
            ["so2_t"] = f.ToBoundary("so2"),
            ["nox_t"] = f.ToBoundary("nox"),
            ["dust_t"] = f.ToBoundary("dust"),
            ["vocs_t"] = f.ToBoundary("vocs"),
            ["co2_t"] = f.ToBoundary("co2"),
            ["coal_t"] = f.FromBoundary("coal"),
            ["coal_tce"] = f.FromBoundaryEnergy("coal") / UnitCatalog.GigajoulesPerTce,
            ["heat_supplied_gj"] = f.HeatDelivered(),
            ["waste_heat_supplied_gj"] = f.OutOf(["chp"], "waste-heat"),
            ["electricity_generated_mwh"] = f.OutOf(["chp"], "electricity"),
            ["solid_waste_t"] = f.SolidWaste(),
            ["solid_waste_utilised_t"] = f.SolidWasteTo(BuyerRole),
            ["hazardous_waste_t"] = f.Created("hazardous-waste"),
            ["water_recirculated_t"] = f.Detail(Processes.Models.EnterpriseModel.Recirculated),
            ["value_added_10k_cny"] = result.Park.Economy.ValueAdded,
        };

        totals["solid_waste_disposed_t"] = totals["solid_waste_t"] - totals["solid_waste_utilised_t"];
        AddEnergy(result, f, totals);
        return totals;
    }

    /// <summary>
    /// Energy consumed as the plan counts it: input minus output, in tce. Input is every fuel
    /// entering the park at its heating value plus the heat that enterprises and MED desalination
    /// plants buy (the plan counts purchased heat as input and leaves bought electricity out,
    /// since the park's own plants make it from counted coal; the steam an MED plant condenses
    /// is used in the park, not sold out of it). Output is the electricity the CHP plants send
    /// out, at equivalent value, and the net heat they and the heating plants sell, at
    /// 0.03412 tce/GJ.
    /// </summary>
    private static void AddEnergy(SimulationResult result, Flows f, Dictionary<string, double> totals)
    {
        var equivalent = result.Park.Facts.TryGetValue("electricity_equivalent_gce_per_kwh", out var e)
            ? e
            : DefaultElectricityEquivalent;
        var fuels = result.Park.Carriers.All.Where(c => c.Kind == CarrierKind.Fuel)
            .Sum(c => f.FromBoundaryEnergy(c.Id)) / UnitCatalog.GigajoulesPerTce;
        var heatBought = (f.HeatInto("enterprise") + f.HeatInto("med")) * TcePerGigajouleHeat;
        var electricityOut = totals["electricity_generated_mwh"] * equivalent / 1000;
        var heatOut = f.NetHeatSold() * TcePerGigajouleHeat;

        totals["energy_input_tce"] = fuels + heatBought;
        totals["energy_output_tce"] = electricityOut + heatOut;
        totals["energy_consumed_tce"] = totals["energy_input_tce"] - totals["energy_output_tce"];
    }

    /// <summary>Sums of a run's flows by carrier and by the kinds and roles of their ends.</summary>
    private sealed class Flows(SimulationResult result)
    {
        private readonly Dictionary<string, Model.NodeSpec> _nodes =
            result.Nodes.ToDictionary(n => n.Node.Id, n => n.Node, StringComparer.Ordinal);

        private string Kind(string id) => _nodes[id].Kind;

        private bool IsBoundary(string id) => Kind(id) == ProcessCatalog.BoundaryKind;

        private bool IsUser(string id) => UserKinds.Contains(Kind(id));

        private double Sum(Func<EdgeFlow, bool> where) => result.Edges.Where(where).Sum(e => e.Total);

        public double IntoUsers(string carrier) =>
            Sum(e => e.Carrier.Id == carrier && IsUser(e.Connection.To));

        public double OutOfUsers(string carrier) =>
            Sum(e => e.Carrier.Id == carrier && IsUser(e.Connection.From));

        public double Into(string[] kinds, string carrier) =>
            Sum(e => e.Carrier.Id == carrier && kinds.Contains(Kind(e.Connection.To)));

        public double OutOf(string[] kinds, string carrier) =>
            Sum(e => e.Carrier.Id == carrier && kinds.Contains(Kind(e.Connection.From)));

        public double ToBoundary(string carrier) =>
            Sum(e => e.Carrier.Id == carrier && IsBoundary(e.Connection.To) && !IsBoundary(e.Connection.From));

        public double FromBoundary(string carrier) =>
            Sum(e => e.Carrier.Id == carrier && IsBoundary(e.Connection.From) && !IsBoundary(e.Connection.To));

        public double FromBoundaryEnergy(string carrier) =>
            result.Edges.Where(e => e.Carrier.Id == carrier && IsBoundary(e.Connection.From)
                && !IsBoundary(e.Connection.To)).Sum(e => e.Total * e.Carrier.EnergyPerUnit);

        public double Created(string carrier) =>
            result.Nodes.Where(n => !IsBoundary(n.Node.Id))
                .Sum(n => n.Terms.Transformed.TryGetValue(carrier, out var s) ? s.Sum() : 0);

        public double Detail(string name) =>
            result.Nodes.Sum(n => n.Terms.Details.TryGetValue(name, out var s) ? s.Sum() : 0);

        /// <summary>Heat, steam and waste heat into nodes of a kind, less the heat they return.</summary>
        public double HeatInto(string kind) =>
            Sum(e => e.Carrier.Kind == CarrierKind.Heat && e.Carrier.Id is not ("heat-loss" or "heat-return")
                && Kind(e.Connection.To) == kind)
            - Sum(e => e.Carrier.Id == "heat-return" && Kind(e.Connection.From) == kind);

        /// <summary>Net heat delivered to consumers: enterprises and boundary nodes (the city).</summary>
        public double HeatDelivered() => HeatInto("enterprise") + HeatInto(ProcessCatalog.BoundaryKind);

        /// <summary>
        /// Heat, steam and waste heat sent by CHP and heating plants, less the heat returned to
        /// them.
        /// </summary>
        public double NetHeatSold()
        {
            string[] plants = ["chp", "heating-plant"];
            return Sum(e => e.Carrier.Id is "heat" or "steam" or "waste-heat"
                    && plants.Contains(Kind(e.Connection.From)))
                - Sum(e => e.Carrier.Id == "heat-return" && plants.Contains(Kind(e.Connection.To)));
        }

        /// <summary>Solid wastes and by-products created by users (excluding municipal WWTP sludge).</summary>
        public double SolidWaste() =>
            result.Nodes.Where(n => IsUser(n.Node.Id)).Sum(n => n.Terms.Transformed
                .Where(t => result.Park.Carriers[t.Key].Kind == CarrierKind.Material)
                .Sum(t => t.Value.Sum()));

        public double SolidWasteTo(string role) =>
            Sum(e => e.Carrier.Kind == CarrierKind.Material && IsUser(e.Connection.From)
                && IsBoundary(e.Connection.To) && _nodes[e.Connection.To].Text("role") == role);

        /// <summary>
        /// A pollutant discharged to the environment on account of industry: what users send
        /// straight to boundary nodes, plus each WWTP's discharge in the share that industrial
        /// wastewater has of its water inflow.
        /// </summary>
        public double IndustrialDischarge(string pollutant)
        {
            var direct = Sum(e => e.Carrier.Id == pollutant && IsUser(e.Connection.From)
                && IsBoundary(e.Connection.To));
            var viaPlants = result.Nodes.Where(n => n.Node.Kind == "wwtp").Sum(n =>
            {
                var id = n.Node.Id;
                var water = Sum(e => e.Connection.To == id && e.Carrier.Kind == CarrierKind.Water);
                var industrial = Sum(e => e.Connection.To == id && e.Carrier.Id == "wastewater"
                    && IsUser(e.Connection.From));
                var discharged = Sum(e => e.Connection.From == id && e.Carrier.Id == pollutant
                    && IsBoundary(e.Connection.To));
                return water > 0 ? discharged * industrial / water : 0;
            });
            return direct + viaPlants;
        }
    }
}
