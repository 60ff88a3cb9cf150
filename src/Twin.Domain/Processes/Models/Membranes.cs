namespace Twin.Domain.Processes.Models;

/// <summary>
/// The shared arithmetic of plants that turn an intake into a product and a reject at a
/// fixed recovery, within a product capacity: product = recovery * intake, reject = intake -
/// product. They ask upstream for what their users ask of them, divided by the recovery.
/// </summary>
internal static class Membranes
{
    /// <summary>
    /// Serves the product outputs from the intake and sends the reject; returns the product
    /// sent per step.
    /// </summary>
    public static double[] Run(NodeIo io, NodeBinding b, string intake, string product,
        string reject, double recovery, double[]? intakeLimit = null)
    {
        var capacity = b.AvailablePerStep(b.Value("capacity"));
        var asked = Supply.Asked(io, b.OutputsOf(product));
        var wanted = new double[io.Steps];
        for (var step = 0; step < io.Steps; step++)
        {
            wanted[step] = Math.Min(asked[step], capacity[step]) / recovery;
        }

        if (intakeLimit is not null)
        {
            wanted = Supply.Min(wanted, intakeLimit);
        }

        var received = Supply.Ask(io, b.InputsOf(intake), wanted);
        var available = new double[io.Steps];
        for (var step = 0; step < io.Steps; step++)
        {
            available[step] = Math.Min(received[step] * recovery, capacity[step]);
        }

        var sent = Supply.Serve(io, b.OutputsOf(product), available);
        Supply.Discharge(io, b.OutputsOf(reject), Supply.Subtract(received, sent));
        io.Terms.RecordShortfall("asked beyond capacity (t)", asked, capacity);
        return sent;
    }

    /// <summary>Asks for electricity per t of product and sends it out as heat.</summary>
    public static void Power(NodeIo io, NodeBinding b, double[] product, double kilowattHoursPerTonne,
        double[]? otherHeat = null)
    {
        var electricity = Supply.Scale(product, kilowattHoursPerTonne / 1000);
        var received = Supply.Ask(io, b.InputsOf("electricity"), electricity);
        io.Terms.RecordShortfall("electricity not met (MWh)", electricity, received);
        var heat = Supply.Scale(received, 3.6);
        if (otherHeat is not null)
        {
            Supply.Add(heat, otherHeat);
        }

        Supply.Discharge(io, b.OutputsOf("heat-loss"), heat);
    }
}
