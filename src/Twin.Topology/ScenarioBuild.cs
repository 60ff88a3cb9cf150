using Twin.Domain.Model;
using Twin.Domain.Validation;

namespace Twin.Topology;

/// <summary>A scenario built from its topology: the park model when it is valid, and every problem found.</summary>
public sealed record ScenarioBuild(ParkModel? Model, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => Model is not null && Issues.Count == 0;

    /// <summary>The model, or a <see cref="TopologyException"/> listing every problem.</summary>
    public ParkModel Require() => IsValid ? Model! : throw new TopologyException(Issues);
}
