namespace Twin.Domain.Processes;

/// <summary>
/// The two allocation rules every process uses: asking several sources in priority order,
/// and serving several users in priority order from what is available.
/// </summary>
public static class Supply
{
    /// <summary>
    /// Asks the inputs, in the order given, for <paramref name="demand"/>: the first is asked
    /// for all of it, each next one for what the earlier ones did not deliver. Returns what
    /// was received per step; the unmet rest is demand minus received.
    /// </summary>
    public static double[] Ask(NodeIo io, IReadOnlyList<Port> inputs, double[] demand)
    {
        var received = new double[demand.Length];
        for (var step = 0; step < demand.Length; step++)
        {
            var open = demand[step];
            foreach (var port in inputs)
            {
                io.InRequests[port.Index][step] = open;
                var delivered = Math.Min(io.InFlows[port.Index][step], open);
                received[step] += io.InFlows[port.Index][step];
                open = Math.Max(0, open - delivered);
            }
        }

        return received;
    }

    /// <summary>Sums what arrives on the inputs per step.</summary>
    public static double[] Arriving(NodeIo io, IReadOnlyList<Port> inputs)
    {
        var total = new double[io.Steps];
        foreach (var port in inputs)
        {
            Add(total, io.InFlows[port.Index]);
        }

        return total;
    }

    /// <summary>Sums what downstream asks of the outputs per step.</summary>
    public static double[] Asked(NodeIo io, IReadOnlyList<Port> outputs)
    {
        var total = new double[io.Steps];
        foreach (var port in outputs)
        {
            Add(total, io.OutRequests[port.Index]);
        }

        return total;
    }

    /// <summary>
    /// Serves the outputs' requests in the order given from <paramref name="available"/>;
    /// returns what was sent per step.
    /// </summary>
    public static double[] Serve(NodeIo io, IReadOnlyList<Port> outputs, double[] available)
    {
        var sent = new double[available.Length];
        for (var step = 0; step < available.Length; step++)
        {
            var left = available[step];
            foreach (var port in outputs)
            {
                var flow = Math.Max(0, Math.Min(io.OutRequests[port.Index][step], left));
                io.OutFlows[port.Index][step] = flow;
                sent[step] += flow;
                left -= flow;
            }
        }

        return sent;
    }

    /// <summary>
    /// Sends <paramref name="amount"/> out. Ports with a fixed share take it first; of the
    /// rest, users that ask (ports to non-boundary nodes) are served in order, and what is
    /// left goes to the discharge ports (ports to boundary nodes), split evenly. With no
    /// discharge port the rest goes to the last user.
    /// </summary>
    public static void Discharge(NodeIo io, IReadOnlyList<Port> outputs, double[] amount)
    {
        if (outputs.Count == 0)
        {
            return;
        }

        var rest = (double[])amount.Clone();
        foreach (var port in outputs.Where(p => p.Connection.Share is not null))
        {
            var share = port.Connection.Share!.Value;
            Fill(io.OutFlows[port.Index], amount, share);
            rest = Subtract(rest, io.OutFlows[port.Index]);
        }

        var open = outputs.Where(p => p.Connection.Share is null).ToArray();
        var users = open.Where(p => !p.PeerIsBoundary).ToArray();
        var sinks = open.Where(p => p.PeerIsBoundary).ToArray();
        var served = Serve(io, users, rest);
        rest = Subtract(rest, served);
        if (sinks.Length > 0)
        {
            foreach (var sink in sinks)
            {
                Fill(io.OutFlows[sink.Index], rest, 1.0 / sinks.Length);
            }
        }
        else if (users.Length > 0)
        {
            Add(io.OutFlows[users[^1].Index], rest);
        }
    }

    /// <summary>Sends <paramref name="amount"/> on the ports split evenly (one port in practice).</summary>
    public static void Split(NodeIo io, IReadOnlyList<Port> outputs, double[] amount)
    {
        foreach (var port in outputs)
        {
            Fill(io.OutFlows[port.Index], amount, 1.0 / outputs.Count);
        }
    }

    public static void Add(double[] target, double[] values)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += values[i];
        }
    }

    public static double[] Sum(double[] a, double[] b)
    {
        var result = (double[])a.Clone();
        Add(result, b);
        return result;
    }

    public static double[] Multiply(double[] a, double[] b)
    {
        var result = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = a[i] * b[i];
        }

        return result;
    }

    public static double[] Min(double[] a, double[] b)
    {
        var result = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = Math.Min(a[i], b[i]);
        }

        return result;
    }

    public static double[] Subtract(double[] a, double[] b)
    {
        var result = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = a[i] - b[i];
        }

        return result;
    }

    public static double[] Scale(double[] values, double factor)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = values[i] * factor;
        }

        return result;
    }

    private static void Fill(double[] target, double[] values, double share)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = values[i] * share;
        }
    }
}
