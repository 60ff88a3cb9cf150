using Twin.Domain.Model;
using ParkTopology = Twin.Topology.Topology;

namespace Twin.Cli.Running;

/// <summary>
/// What <c>twin run</c> will simulate: the scenario, validated, at the step asked for, and the
/// baseline that growth indicators (7, 9, 16, 17) compare with: the topology's scenario of the
/// earliest year before the run's year, at the same step. An invalid baseline stops the run
/// like an invalid scenario, since the indicators it feeds would be wrong.
/// </summary>
internal sealed record RunPlan(ParkModel Park, ParkModel? Baseline)
{
    public static RunPlan Prepare(ParkTopology topology, string scenario, StepLength? step)
    {
        var park = Valid(topology, scenario, step);
        var earliest = topology.Scenarios
            .Where(name => name != scenario)
            .Select(name => (Name: name, topology.Build(name).Model))
            .Where(s => s.Model is { } model && model.Year < park.Year)
            .OrderBy(s => s.Model!.Year).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Name)
            .FirstOrDefault();

        return new RunPlan(park, earliest is null ? null : Valid(topology, earliest, step));
    }

    private static ParkModel Valid(ParkTopology topology, string scenario, StepLength? step)
    {
        var build = topology.Build(scenario);
        if (!build.IsValid)
        {
            var count = build.Issues.Count == 1 ? "1 problem" : $"{build.Issues.Count} problems";
            throw new TwinInputException($"scenario '{scenario}' cannot run: {count}",
                build.Issues.Select(i => i.ToString()));
        }

        var park = build.Model!;
        return step is { } length ? park with { Horizon = park.Horizon with { Step = length } } : park;
    }
}
