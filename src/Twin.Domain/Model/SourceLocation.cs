namespace Twin.Domain.Model;

/// <summary>Where something was written: a file and a 1-based line.</summary>
public sealed record SourceLocation(string Path, int Line)
{
    public static SourceLocation None { get; } = new("<code>", 0);

    public override string ToString() => $"{Path}:{Line}";
}
