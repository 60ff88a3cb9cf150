namespace Twin.Grains.Abstractions.Definitions;

/// <summary>A node as its topology declares it.</summary>
[GenerateSerializer]
[Alias("twin.NodeDefinition")]
public sealed record NodeDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] ParameterDefinition[] Parameters,
    [property: Id(4)] LocationDefinition Location,
    [property: Id(5)] string? Profile,
    [property: Id(6)] Dictionary<string, string>? Texts,
    [property: Id(7)] string? Note);
