namespace Twin.Grains.Abstractions.Runs;

[GenerateSerializer]
[Alias("twin.RunState")]
public enum RunState
{
    NotRun,
    Running,
    Completed,
    Failed,
    Cancelled,
}
