using Twin.Domain.Model;
using Twin.Domain.Validation;
using ParkTopology = Twin.Topology.Topology;

namespace Twin.Host.Scenarios;

/// <summary>A topology read from a staging folder, and the real name of each file it read.</summary>
internal sealed class StagedTopology(ParkTopology topology, IReadOnlyDictionary<string, string> labels)
{
    public ParkTopology Topology { get; } = topology;

    /// <summary>A problem as `twin validate` would print it for the real files and the overlays.</summary>
    public ValidationIssue Relabel(ValidationIssue issue)
    {
        var path = labels.TryGetValue(issue.Location.Path, out var real) ? real : issue.Location.Path;
        return issue with { Location = new SourceLocation(path, issue.Location.Line) };
    }
}
