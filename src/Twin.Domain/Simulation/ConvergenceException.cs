namespace Twin.Domain.Simulation;

/// <summary>The loops of a park did not reach a fixed point within the allowed sweeps.</summary>
public sealed class ConvergenceException : Exception
{
    public ConvergenceException(int sweeps, double change, IReadOnlyList<string> connections)
        : base($"flows did not converge after {sweeps} sweeps: the largest relative change was "
            + $"{change:G3} on {string.Join(", ", connections)}")
    {
        Sweeps = sweeps;
        Change = change;
        Connections = connections;
    }

    public int Sweeps { get; }

    public double Change { get; }

    public IReadOnlyList<string> Connections { get; }
}
