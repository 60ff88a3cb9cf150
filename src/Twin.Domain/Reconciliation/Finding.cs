using Twin.Domain.Model;

namespace Twin.Domain.Reconciliation;

/// <summary>An inconsistency in a source table, and what the topology chose instead.</summary>
public sealed record Finding(SourceLocation Location, string Table, string Message)
{
    public override string ToString() => $"{Location.Path}:{Location.Line}: table {Table}: {Message}";
}
