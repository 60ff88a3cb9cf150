namespace Twin.Domain.Model;

/// <summary>A node of the park as a topology declares it, before it is bound to connections.</summary>
/// <param name="Kind">The process model, e.g. "chp", "wwtp", "enterprise", "boundary".</param>
/// <param name="Profile">Name of the load profile that shapes its yearly rates, if any.</param>
/// <param name="Texts">Non-numeric settings, e.g. a boundary's role or a user's water quality.</param>
public sealed record NodeSpec(
    string Id,
    string Kind,
    string Name,
    IReadOnlyDictionary<string, Parameter> Parameters,
    SourceLocation Location,
    string? Profile = null,
    IReadOnlyDictionary<string, string>? Texts = null,
    string? Note = null)
{
    public string? Text(string key) =>
        Texts is not null && Texts.TryGetValue(key, out var value) ? value : null;
}
