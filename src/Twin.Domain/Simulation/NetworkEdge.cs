using Twin.Domain.Carriers;
using Twin.Domain.Model;

namespace Twin.Domain.Simulation;

/// <summary>
/// A connection during a run: the sender's flow and the receiver's request per step, and
/// where the connection sits among its two nodes' ports.
/// </summary>
public sealed class NetworkEdge
{
    public NetworkEdge(int index, ConnectionSpec connection, Carrier carrier, int steps,
        int from, int fromPort, int to, int toPort)
    {
        Index = index;
        Connection = connection;
        Carrier = carrier;
        From = from;
        FromPort = fromPort;
        To = to;
        ToPort = toPort;
        Flow = new double[steps];
        Request = new double[steps];
    }

    public int Index { get; }

    public ConnectionSpec Connection { get; }

    public Carrier Carrier { get; }

    /// <summary>Index of the sending node in <see cref="ParkNetwork.Nodes"/>.</summary>
    public int From { get; }

    public int FromPort { get; }

    public int To { get; }

    public int ToPort { get; }

    public double[] Flow { get; }

    public double[] Request { get; }
}
