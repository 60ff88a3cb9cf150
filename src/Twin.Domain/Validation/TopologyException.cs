namespace Twin.Domain.Validation;

/// <summary>A topology that cannot be simulated, with every problem found in it.</summary>
public sealed class TopologyException : Exception
{
    public TopologyException(IReadOnlyList<ValidationIssue> issues)
        : base(string.Join(Environment.NewLine, issues))
    {
        Issues = issues;
    }

    public IReadOnlyList<ValidationIssue> Issues { get; }
}
