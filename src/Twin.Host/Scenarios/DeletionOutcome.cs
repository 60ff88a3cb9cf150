namespace Twin.Host.Scenarios;

internal enum DeletionOutcome
{
    Deleted,

    /// <summary>Written in the topology files: remove the file instead.</summary>
    FromFiles,

    /// <summary>Another created scenario is built on it.</summary>
    IsBase,

    Running,
}
