namespace Twin.Domain.Processes;

/// <summary>
/// The time series a node exchanges with its neighbours during one evaluation. Requests
/// travel against a connection (what the receiver asks for), flows along it (what the sender
/// delivers). The engine fills the two inward sides; the process writes the two outward ones.
/// </summary>
public sealed class NodeIo
{
    public NodeIo(int steps, int inputs, int outputs)
    {
        Steps = steps;
        InFlows = Jagged(inputs, steps);
        InRequests = Jagged(inputs, steps);
        OutRequests = Jagged(outputs, steps);
        OutFlows = Jagged(outputs, steps);
        Terms = new NodeTerms(steps);
    }

    public int Steps { get; }

    /// <summary>Amounts per step arriving on each input; read by the process.</summary>
    public double[][] InFlows { get; }

    /// <summary>Amounts per step the downstream node asks of each output; read by the process.</summary>
    public double[][] OutRequests { get; }

    /// <summary>Amounts per step the process asks of each input; written by the process.</summary>
    public double[][] InRequests { get; }

    /// <summary>Amounts per step the process sends on each output; written by the process.</summary>
    public double[][] OutFlows { get; }

    /// <summary>Stock changes, transformations, shortfalls and curtailments; written by the process.</summary>
    public NodeTerms Terms { get; }

    /// <summary>Clears what the process writes, before it evaluates again.</summary>
    public void Reset()
    {
        foreach (var series in InRequests)
        {
            Array.Clear(series);
        }

        foreach (var series in OutFlows)
        {
            Array.Clear(series);
        }

        Terms.Clear();
    }

    private static double[][] Jagged(int count, int steps)
    {
        var arrays = new double[count][];
        for (var i = 0; i < count; i++)
        {
            arrays[i] = new double[steps];
        }

        return arrays;
    }
}
