using Twin.Domain.Model;

namespace Twin.Domain.Validation;

/// <summary>
/// Something wrong with a topology, where it was written and about what, printed as
/// "path:line: node 'id': what is wrong".
/// </summary>
/// <param name="Subject">What it is about, e.g. "node 'botong'" or "connection a -> b".</param>
public sealed record ValidationIssue(SourceLocation Location, string Subject, string Message)
{
    public override string ToString() => $"{Location.Path}:{Location.Line}: {Subject}: {Message}";
}
