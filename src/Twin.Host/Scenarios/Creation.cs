namespace Twin.Host.Scenarios;

/// <summary>The outcome of a creation, with the new scenario or what was wrong.</summary>
internal sealed record Creation(CreationOutcome Outcome, CatalogEntry? Entry, string Detail,
    IReadOnlyList<string> Problems)
{
    public static Creation Done(CatalogEntry entry) => new(CreationOutcome.Created, entry, "", []);

    public static Creation Refused(CreationOutcome outcome, string detail, IReadOnlyList<string>? problems = null) =>
        new(outcome, null, detail, problems ?? []);
}
