namespace Twin.Domain.Processes;

/// <summary>
/// Heat in return water. Supply water at Ts carries cp (Ts - Tref) per tonne above the
/// reference; after the user it comes back at Tr carrying cp (Tr - Tref). So a share
/// (Tr - Tref) / (Ts - Tref) of the supplied heat returns to the supplier it came from.
/// </summary>
public static class HeatReturn
{
    public static double Share(double supply, double @return, double reference) =>
        supply > reference ? Math.Clamp((@return - reference) / (supply - reference), 0, 0.99) : 0;

    /// <summary>The return on <paramref name="port"/>: the share of heat that came from its peer.</summary>
    public static double[] From(NodeIo io, IReadOnlyList<Port> heatInputs, Port port, double share)
    {
        var returned = new double[io.Steps];
        foreach (var input in heatInputs.Where(i => i.PeerId == port.PeerId))
        {
            Supply.Add(returned, Supply.Scale(io.InFlows[input.Index], share));
        }

        return returned;
    }
}
