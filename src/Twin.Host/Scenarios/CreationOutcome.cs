namespace Twin.Host.Scenarios;

/// <summary>How a request to create a scenario ended.</summary>
internal enum CreationOutcome
{
    Created,

    /// <summary>The overlay has problems: syntax, unknown keys or nodes, an invalid park.</summary>
    Invalid,

    /// <summary>The park served has a scenario of that name already.</summary>
    Taken,

    /// <summary>No park of the name given, or several parks and none named.</summary>
    NoPark,
}
