namespace Twin.Domain.Processes;

/// <summary>
/// A node's process bound to its connections. Evaluation is a pure function of the inward
/// series of <see cref="NodeIo"/>: given what arrives and what is asked, it writes what the
/// node asks and sends, so that its water and energy balance closes at every step.
/// </summary>
public interface IProcess
{
    void Evaluate(NodeIo io);
}
