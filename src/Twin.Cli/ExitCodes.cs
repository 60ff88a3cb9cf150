namespace Twin.Cli;

/// <summary>What <c>twin</c> returns to the shell; scripts rely on these three values.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The twin itself failed: an unexpected exception, or flows that did not converge.</summary>
    public const int InternalFailure = 1;

    /// <summary>The input is wrong: topology, scenario, engine, options or a run folder.</summary>
    public const int BadInput = 2;
}
