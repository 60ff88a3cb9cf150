using Twin.Grains.Abstractions.Runs;

namespace Twin.Grains.Engine;

/// <summary>A run through the grains did not complete: it was refused, failed or was cancelled.</summary>
public sealed class GrainRunException : Exception
{
    public GrainRunException(string message, ScenarioStatus status)
        : base(message) => Status = status;

    /// <summary>The scenario's status when the run was given up.</summary>
    public ScenarioStatus Status { get; }
}
