using Twin.Domain.Accounting;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Processes.Models;
using Twin.Domain.Simulation;
using Twin.Domain.Units;

namespace Twin.Domain.Analysis;

/// <summary>
/// The season of a waste-heat network: the scenario run beside the same scenario with its
/// waste-heat supply shut (the sources' connections into the pipelines taken out), so that the
/// fired heat, coal and emissions the waste heat displaces come from two runs of the model,
/// never from hand-entered savings.
/// </summary>
public static class SeasonAnalysis
{
    public const string DemandNotMet = "heat demand not met (GJ)";

    /// <summary>The scenario with no waste heat entering its pipelines.</summary>
    public static ParkModel Shut(ParkModel park, HeatNetwork network) =>
        ParkVariant.WithoutConnections(park, c => c.Carrier == HeatNetwork.WasteHeat
            && network.Sources.Contains(c.From) && network.Segments.Contains(c.To));

    /// <summary>The park's waste-heat network; an <see cref="ArgumentException"/> when it has none.</summary>
    public static HeatNetwork Require(ParkModel park) =>
        HeatNetwork.Find(park) ?? throw new ArgumentException(
            $"scenario '{park.Scenario}' has no waste heat sent into a heat pipeline", nameof(park));

    /// <summary>Runs the scenario and its shut twin and reports the season.</summary>
    public static Task<SeasonRun> RunAsync(ParkModel park, ISimulationEngine engine,
        CancellationToken cancellation = default) =>
        RunAsync(park, Require(park), engine, cancellation);

    /// <summary>
    /// Runs the scenario with one pipeline taken out (a branch shut) and reports it against the
    /// intact network's receivers, so that those the branch fed show what they lose.
    /// </summary>
    public static Task<SeasonRun> RunWithoutAsync(ParkModel park, string segment,
        ISimulationEngine engine, CancellationToken cancellation = default)
    {
        var network = Require(park);
        if (!network.Segments.Contains(segment))
        {
            throw new ArgumentException($"'{segment}' is not a pipeline of the waste-heat network "
                + $"({string.Join(", ", network.Segments)})", nameof(segment));
        }

        var without = ParkVariant.WithoutNode(park, segment);
        return RunAsync(without, network.Without(segment), engine, cancellation);
    }

    public static SeasonReport Report(HeatNetwork network, SimulationResult run, SimulationResult shut)
    {
        var flows = new RunFlows(run);
        var segments = network.Segments.Select(id => Segment(flows, id)).ToArray();
        var receivers = network.Receivers.Select(r => Receiver(flows, r)).ToArray();
        var plants = network.Receivers.SelectMany(r => r.Fallbacks).Distinct()
            .Select(id => Plant(network, flows, new RunFlows(shut), id)).ToArray();

        var sent = network.Sources.Sum(id => Sent(flows, network, id));
        var loss = segments.Sum(s => s.LossGj);
        var (withHeat, without) = (ParkTotals.Compute(run), ParkTotals.Compute(shut));
        double Avoided(string total) => without[total] - withHeat[total];

        var horizon = run.Park.Horizon;
        return new SeasonReport(run.Park.Scenario, horizon.Start, horizon.Days,
            horizon.Step.ToString().ToLowerInvariant(), sent, receivers.Sum(r => r.WasteHeatGj), loss,
            sent > 0 ? loss / sent : 0, segments.Sum(s => s.PumpingMwh),
            plants.Sum(p => p.FiredHeatShutGj - p.FiredHeatGj), Avoided("coal_t"), Avoided("coal_tce"),
            Avoided("co2_t"), Avoided("so2_t"), Avoided("nox_t"), Avoided("dust_t"),
            receivers.Sum(r => r.UnmetGj), segments, receivers, plants);
    }

    private static async Task<SeasonRun> RunAsync(ParkModel park, HeatNetwork network,
        ISimulationEngine engine, CancellationToken cancellation)
    {
        var run = await engine.RunAsync(park, cancellation: cancellation);
        var shut = await engine.RunAsync(Shut(park, network), cancellation: cancellation);
        return new SeasonRun(Report(network, run, shut), run, shut);
    }

    /// <summary>Waste heat a source sent into the pipelines, less the return that reached it, GJ.</summary>
    private static double Sent(RunFlows flows, HeatNetwork network, string source) =>
        flows.OutOf(source, RunFlows.Is(HeatNetwork.WasteHeat), network.Segments.Contains).Sum()
        - flows.Into(source, RunFlows.Is("heat-return"), network.Segments.Contains).Sum();

    private static SegmentReport Segment(RunFlows flows, string id)
    {
        var park = flows.Result.Park;
        var node = park.Node(id)!;
        var v = ParkNetwork.Values(node, ProcessCatalog.Default.Get(node.Kind));
        var (supply, back) = (v["supply_temperature"], v["return_temperature"]);
        var reference = park.ReferenceTemperature;
        var capacity = HeatPipelineModel.HeatCapacity(n => v[n], reference);

        // Heat above the reference per tonne of supply water turns the peak heat into a flow.
        var hours = park.Horizon.StepHours;
        var carried = flows.Into(id, RunFlows.Is("heat", HeatNetwork.WasteHeat));
        var peak = carried.Max() / hours;
        var peakFlow = peak / (HeatPipe.SpecificHeat * (supply - reference) / 1e6);
        var velocity = HeatPipelineModel.Pipe(n => v[n]).Velocity(peakFlow * 1000 / 3600);
        var full = carried.Count(c => capacity > 0 && c >= capacity * hours * (1 - 1e-9));

        var supplyLoss = flows.Term(id, "supply pipe loss (GJ)").Sum();
        var returnLoss = flows.Term(id, "return pipe loss (GJ)").Sum();
        var loss = supplyLoss + returnLoss;
        var pumping = flows.Into(id, RunFlows.Is("electricity"));
        var net = capacity * (supply - back) / (supply - reference);
        return new SegmentReport(id, node.Name, v["diameter"], v["length"], v["burial_depth"], supply, back,
            capacity, capacity / 3.6, net / 3.6, carried.Sum(), peak, peakFlow, velocity, supplyLoss,
            returnLoss, loss, carried.Sum() > 0 ? loss / carried.Sum() : 0, full * hours, pumping.Sum(),
            pumping.Max() / hours * 1000);
    }

    private static ReceiverReport Receiver(RunFlows flows, HeatReceiver receiver)
    {
        var id = receiver.Id;
        var returned = RunFlows.Is("heat-return");
        var waste = flows.Into(id, RunFlows.Is(HeatNetwork.WasteHeat), receiver.Feeders.Contains).Sum()
            - flows.OutOf(id, returned, receiver.Feeders.Contains).Sum();
        var fired = flows.Into(id, RunFlows.Is("heat", "steam"), receiver.Fallbacks.Contains).Sum()
            - flows.OutOf(id, returned, receiver.Fallbacks.Contains).Sum();
        var unmet = flows.Term(id, DemandNotMet).Sum();

        // A station's consumers take what it delivers; an outside consumer takes the net heat.
        var delivered = receiver.Kind == ProcessCatalog.BoundaryKind
            ? waste + fired
            : flows.OutOf(id, RunFlows.Is("heat")).Sum();
        var park = flows.Result.Park;
        var design = DesignLoad.Of(park, park.Node(id)!, ProcessCatalog.Default);
        return new ReceiverReport(id, receiver.Kind, delivered + unmet, waste, fired, unmet,
            waste + fired > 0 ? waste / (waste + fired) : 0, design / 3.6);
    }

    private static PlantSaving Plant(HeatNetwork network, RunFlows run, RunFlows shut, string id)
    {
        var receivers = network.Receivers.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        double Coal(RunFlows flows) => flows.Into(id, RunFlows.Is("coal")).Sum();
        double Heat(RunFlows flows) =>
            flows.OutOf(id, RunFlows.Is("heat", "steam"), receivers.Contains).Sum()
            - flows.Into(id, RunFlows.Is("heat-return"), receivers.Contains).Sum();

        var coalEnergy = run.Result.Park.Carriers["coal"].EnergyPerUnit;
        var displaced = Coal(shut) - Coal(run);
        return new PlantSaving(id, Coal(run), Coal(shut), displaced,
            displaced * coalEnergy / UnitCatalog.GigajoulesPerTce, Heat(run), Heat(shut));
    }
}
