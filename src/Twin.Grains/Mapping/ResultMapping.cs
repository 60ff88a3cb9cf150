using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Grains.Abstractions.Runs;

namespace Twin.Grains.Mapping;

/// <summary>Rebuilds a kernel-shaped result from a run's step-by-step results and the park it ran.</summary>
public static class ResultMapping
{
    public static SimulationResult ToSimulationResult(ParkModel park, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(park);
        ArgumentNullException.ThrowIfNull(result);

        if (result.Flows.Length != park.Connections.Count || result.Nodes.Length != park.Nodes.Count)
        {
            throw new ArgumentException("the run's results do not match the park's connections and nodes",
                nameof(result));
        }

        var edges = park.Connections
            .Select((c, i) => new EdgeFlow(c, park.Carriers[c.Carrier], result.Flows[i]))
            .ToArray();
        var nodes = park.Nodes
            .Select((n, i) => new NodeOutcome(n, result.Nodes[i].ToTerms(park.Horizon.Steps)))
            .ToArray();
        return new SimulationResult(park, edges, nodes, result.Sweeps, result.Loops);
    }
}
