using Twin.Domain.Accounting;
using Twin.Domain.Processes;
using Twin.Domain.Processes.Models;
using Twin.Domain.Simulation;

namespace Twin.Topology.Tests.Weihai;

/// <summary>
/// Every scenario of the plan's projects held to physics at every node and step: water and
/// energy conserved, no plant or pipe beyond its design capacity, no heat pipe faster than its
/// highest velocity, no SWRO below the thermodynamic minimum energy of its recovery. The limits
/// are recomputed here from the flows and the parameters, not read from the models' reports.
/// </summary>
public sealed class ScenarioPhysicsTests
{
    public static TheoryData<string> Scenarios => new(ScenarioRuns.Projects);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Validate_ProjectScenario_HasNoIssues(string scenario)
    {
        var build = WeihaiTopology.Load().Build(scenario);

        Assert.True(build.IsValid, string.Join(Environment.NewLine, build.Issues));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Run_ProjectScenario_ConservesWaterAndEnergyAtEveryNodeAndStep(string scenario)
    {
        var worst = new BalanceSheet(ScenarioRuns.Run(scenario)).WorstStep();

        Assert.True(worst.Residual < 1e-9,
            $"{worst.Node} {worst.Quantity} step {worst.Step}: {worst.Residual}");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Run_ProjectScenario_NoPlantOrPipeBeyondItsDesignCapacityInAnyStep(string scenario)
    {
        var result = ScenarioRuns.Run(scenario);
        var hours = result.Park.Horizon.StepHours;

        foreach (var node in result.Park.Nodes)
        {
            if (Limit(node.Kind) is not { } carried)
            {
                continue;
            }

            var values = ParkNetwork.Values(node, ProcessCatalog.Default.Get(node.Kind));
            var capacity = Capacity(node.Kind, values, result.Park.ReferenceTemperature) * hours;
            var flows = Flows(result, node.Id, carried);
            var step = Array.FindIndex(flows, f => f > capacity * (1 + 1e-9));
            Assert.True(step < 0, $"{node.Id} carries {(step < 0 ? 0 : flows[step]):G8} in step {step}, "
                + $"its capacity is {capacity:G8}");
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Run_ProjectScenario_NoSwroBelowTheMinimumEnergyOfItsRecovery(string scenario)
    {
        var result = ScenarioRuns.Run(scenario);

        foreach (var swro in result.Park.Nodes.Where(n => n.Kind == "swro"))
        {
            var product = Flows(result, swro.Id, (true, "desalinated-water"));
            var seawater = Flows(result, swro.Id, (false, "seawater"));
            var electricity = Flows(result, swro.Id, (false, "electricity"));
            for (var step = 0; step < product.Length; step++)
            {
                // w_min = pi / r ln(1 / (1 - r)) at the recovery the flows show (Elimelech and
                // Phillip, Science 333, 2011: 1.06 kWh/m3 at 50 % for 35 g/kg seawater).
                var recovery = product[step] / seawater[step];
                var kilowattHoursPerTonne = electricity[step] * 1000 / product[step];
                Assert.True(kilowattHoursPerTonne >= SwroModel.MinimumSpecificEnergy(recovery),
                    $"{swro.Id} step {step}: {kilowattHoursPerTonne:G6} kWh/t at {recovery:P1} recovery");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Run_ProjectScenario_NoHeatPipeFasterThanItsHighestVelocity(string scenario)
    {
        var result = ScenarioRuns.Run(scenario);
        var seconds = result.Park.Horizon.StepHours * 3600.0;

        foreach (var node in result.Park.Nodes.Where(n => n.Kind == "heat-pipeline"))
        {
            var v = ParkNetwork.Values(node, ProcessCatalog.Default.Get(node.Kind));
            var area = Math.PI * v["diameter"] * v["diameter"] / 4;
            var perKilogram = 4.19e3 * (v["supply_temperature"] - result.Park.ReferenceTemperature);
            foreach (var heat in Flows(result, node.Id, (false, "heat"), (false, "waste-heat")))
            {
                // heat = rho A v cp (Ts - Tref) t: rho 972 kg/m3 and cp 4.19 kJ/(kg.K) at about
                // 80 degC (IAPWS-IF97), so v = heat / (rho A cp (Ts - Tref) t).
                var velocity = heat * 1e9 / (972 * area * perKilogram * seconds);
                Assert.True(velocity <= v["max_velocity"] * (1 + 1e-9), $"{node.Id}: {velocity:G6} m/s");
            }
        }
    }

    /// <summary>What a kind's capacity limits, as (outward, carriers) of the node's flows.</summary>
    private static (bool Out, string[] Carriers)? Limit(string kind) => kind switch
    {
        "water-works" => (true, ["fresh-water"]),
        "wwtp" => (false, ["wastewater", "sewage", "concentrate", "backwash"]),
        "reclaimed-water-plant" => (true, ["reclaimed-water"]),
        "swro" or "med" => (true, ["desalinated-water"]),
        "water-pipeline" => (false, ["fresh-water", "reclaimed-water", "desalinated-water", "raw-water"]),
        "heat-pipeline" => (false, ["heat", "waste-heat"]),
        _ => null,
    };

    /// <summary>Design capacity per hour in the unit of the limited flow (t/h, GJ/h).</summary>
    private static double Capacity(string kind, IReadOnlyDictionary<string, double> v, double reference) =>
        kind switch
        {
            "water-pipeline" => Math.PI * v["diameter"] * v["diameter"] / 4 * v["max_velocity"] * 3600,
            "heat-pipeline" => HeatPipelineModel.HeatCapacity(n => v[n], reference),
            _ => v["capacity"],
        };

    private static double[] Flows(SimulationResult result, string node,
        (bool Out, string[] Carriers) limit) =>
        Flows(result, node, limit.Carriers.Select(c => (limit.Out, c)).ToArray());

    private static double[] Flows(SimulationResult result, string node,
        params (bool Out, string Carrier)[] which)
    {
        var total = new double[result.Park.Horizon.Steps];
        foreach (var edge in result.Edges.Where(e => which.Any(w => w.Carrier == e.Carrier.Id
                     && (w.Out ? e.Connection.From : e.Connection.To) == node)))
        {
            Supply.Add(total, edge.Flow);
        }

        return total;
    }
}
