using System.Globalization;
using Twin.Domain.Accounting;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Processes.Models;
using Twin.Domain.Simulation;

namespace Twin.Domain.Analysis;

/// <summary>
/// Varies the uptake of a reclaimed-water plant from zero to the most the system takes. The top
/// step runs the plant with no scheduled uptake, so only the system holds it: the plant's design
/// product, the effluent it can get (effluent x recovery), the mains (pi D^2 / 4 v_max), or the
/// water its users need. Each lower step holds the plant to an even share of that most, flat
/// over the horizon, and reports fresh water saved against the step with none.
/// </summary>
public static class UptakeSweep
{
    public const string Uptake = "uptake";

    private const string BeyondCapacity = "asked beyond capacity (t)";

    // Amounts per step below a kilogram are the solver's rounding, not a full constraint.
    private const double Tolerance = 1e-3;

    public static async Task<UptakeSweepResult> RunAsync(ParkModel park, string? plant, int steps,
        ISimulationEngine engine, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var network = ReclaimedNetwork.Find(park, plant);

        var free = ParkVariant.WithoutParameter(park, network.Plant, Uptake);
        var top = await engine.RunAsync(free, cancellation: cancellation);
        var most = Delivered(new RunFlows(top), network);
        var runs = new List<(double? PerDay, SimulationResult Result)>();
        for (var step = 0; step < steps; step++)
        {
            var perHour = most * step / steps / park.Horizon.Hours;
            var text = $"{perHour.ToString("R", CultureInfo.InvariantCulture)} t/h";
            var held = ParkVariant.WithParameter(park, network.Plant, Uptake, text, "uptake of the sweep");
            runs.Add((perHour * 24, await engine.RunAsync(held, cancellation: cancellation)));
        }

        runs.Add((null, top));
        var topFlows = new RunFlows(top);
        var (binding, counts) = Binding(network, topFlows);
        return new UptakeSweepResult(network.Plant, ReclaimedNetwork.Product, Rows(network, runs), most,
            binding, counts, Limits(network, topFlows));
    }

    private static List<UptakeStep> Rows(ReclaimedNetwork network,
        IReadOnlyList<(double? PerDay, SimulationResult Result)> runs)
    {
        var none = ParkTotals.Compute(runs[0].Result)["fresh_water_t"];
        var rows = new List<UptakeStep>();
        foreach (var (perDay, result) in runs)
        {
            var flows = new RunFlows(result);
            var fresh = ParkTotals.Compute(result)["fresh_water_t"];
            var toSea = result.Edges
                .Where(e => e.Carrier.Id == "effluent" && IsBoundary(result.Park, e.Connection.To))
                .Sum(e => e.Total);
            var concentrate = flows.OutOf(network.Plant, RunFlows.Is("concentrate")).Sum();
            rows.Add(new UptakeStep(rows.Count, perDay, Delivered(flows, network), fresh, none - fresh,
                toSea, concentrate));
        }

        return rows;
    }

    /// <summary>Reclaimed water that reached the network's users, t.</summary>
    private static double Delivered(RunFlows flows, ReclaimedNetwork network) =>
        network.Users.Sum(u => flows.Into(u, RunFlows.Is(ReclaimedNetwork.Product)).Sum());

    /// <summary>
    /// Per step of the top run, the first full constraint: the plant at its design product, the
    /// WWTPs sending no effluent anywhere else, a main asked beyond its capacity; else the users
    /// had all they asked for, and demand or quality holds them.
    /// </summary>
    private static (UptakeConstraint, IReadOnlyDictionary<UptakeConstraint, int>) Binding(
        ReclaimedNetwork network, RunFlows top)
    {
        var quiet = DemandSide(network, top);
        var plantFull = top.Term(network.Plant, BeyondCapacity);
        var pipesFull = network.Pipes.Select(p => top.Term(p, BeyondCapacity)).ToArray();
        var effluentLeft = network.Sources
            .Select(s => top.OutOf(s, RunFlows.Is("effluent"), to => to != network.Plant)).ToArray();

        var counts = new Dictionary<UptakeConstraint, int>();
        for (var step = 0; step < top.Steps; step++)
        {
            var noEffluent = effluentLeft.Length > 0 && effluentLeft.All(e => e[step] <= Tolerance);
            var constraint = plantFull[step] > Tolerance ? UptakeConstraint.PlantCapacity
                : noEffluent ? UptakeConstraint.Effluent
                : pipesFull.Any(p => p[step] > Tolerance) ? UptakeConstraint.PipeCapacity
                : quiet;
            counts[constraint] = counts.GetValueOrDefault(constraint) + 1;
        }

        return (counts.MaxBy(c => c.Value).Key, counts);
    }

    /// <summary>Quality when every other user with water to replace needs a better grade.</summary>
    private static UptakeConstraint DemandSide(ReclaimedNetwork network, RunFlows top)
    {
        var park = top.Result.Park;
        var others = Users(park).Where(u => !network.Users.Contains(u.Id) && Replaceable(top, u.Id) > 0)
            .ToArray();
        return others.Length > 0 && others.All(u => !Accepts(park, u))
            ? UptakeConstraint.Quality
            : UptakeConstraint.Demand;
    }

    private static List<UptakeLimit> Limits(ReclaimedNetwork network, RunFlows top)
    {
        var park = top.Result.Park;
        var hours = park.Horizon.Hours;
        var plant = Values(park, network.Plant);
        var effluent = network.Sources.Sum(s => top.OutOf(s, RunFlows.Is("effluent")).Sum());
        var limits = new List<UptakeLimit>
        {
            new(UptakeConstraint.PlantCapacity, plant["capacity"] * hours, $"{network.Plant}: design product"),
            new(UptakeConstraint.Effluent, effluent * plant["recovery"],
                $"effluent of {string.Join(", ", network.Sources)} x recovery"),
        };

        foreach (var pipe in network.Pipes)
        {
            var v = Values(park, pipe);
            var perHour = WaterPipelineModel.Capacity(v["diameter"], v["max_velocity"]) * (1 - v["leakage"]);
            limits.Add(new(UptakeConstraint.PipeCapacity, perHour * hours,
                $"{pipe}: {v["diameter"] * 1000:0} mm at {v["max_velocity"]:0.##} m/s"));
        }

        var accepting = Users(park).Where(u => Accepts(park, u) && Replaceable(top, u.Id) > 0).ToArray();
        limits.Add(new(UptakeConstraint.Demand, network.Users.Sum(u => Replaceable(top, u)),
            $"water use of {string.Join(", ", network.Users)}"));
        limits.Add(new(UptakeConstraint.Quality, accepting.Sum(u => Replaceable(top, u.Id)),
            $"water use of the users that accept {ReclaimedNetwork.Product}: "
            + string.Join(", ", accepting.Select(u => u.Id))));
        return limits;
    }

    private static IEnumerable<NodeSpec> Users(ParkModel park) =>
        park.Nodes.Where(n => ParkTotals.UserKinds.Contains(n.Kind));

    /// <summary>Water a user takes that reclaimed water could replace: every supply but seawater.</summary>
    private static double Replaceable(RunFlows flows, string user)
    {
        var carriers = flows.Result.Park.Carriers;
        return flows.Into(user, c => carriers[c].IsWaterSupply && c != "seawater").Sum();
    }

    private static bool Accepts(ParkModel park, NodeSpec user)
    {
        var product = park.Carriers[ReclaimedNetwork.Product];
        return ProcessCatalog.Default.Get(user.Kind).CannotTake(product, user.Text) is null;
    }

    private static bool IsBoundary(ParkModel park, string node) =>
        park.Node(node)!.Kind == ProcessCatalog.BoundaryKind;

    private static IReadOnlyDictionary<string, double> Values(ParkModel park, string id)
    {
        var node = park.Node(id)!;
        return ParkNetwork.Values(node, ProcessCatalog.Default.Get(node.Kind));
    }
}
