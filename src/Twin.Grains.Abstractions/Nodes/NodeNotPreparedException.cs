namespace Twin.Grains.Abstractions.Nodes;

/// <summary>
/// A node grain was asked to evaluate a run it was not prepared for: its activation was lost
/// (with a silo) after the run began, so its part of the run cannot go on.
/// </summary>
[GenerateSerializer]
[Alias("twin.NodeNotPreparedException")]
public sealed class NodeNotPreparedException : Exception
{
    public NodeNotPreparedException()
    {
    }

    public NodeNotPreparedException(string message)
        : base(message)
    {
    }

    public NodeNotPreparedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
