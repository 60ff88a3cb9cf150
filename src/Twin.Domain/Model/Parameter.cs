using Twin.Domain.Units;

namespace Twin.Domain.Model;

/// <summary>A node parameter as written, converted to base units, with the source of its number.</summary>
/// <param name="Text">The value as the topology wrote it, e.g. "30000 m3/d".</param>
/// <param name="Source">Key of the park data or engineering source the number comes from.</param>
public sealed record Parameter(
    string Name,
    Quantity Value,
    string Text,
    string Source,
    SourceLocation Location,
    string? Note = null);
