using Twin.Domain.Carriers;

namespace Twin.Domain.Processes;

/// <summary>Energy and CO2 of the fuels that arrive at a node.</summary>
public static class Combustion
{
    /// <summary>GJ per step of everything arriving on the inputs (fuel, electricity, heat).</summary>
    public static double[] Energy(NodeIo io, IEnumerable<Port> inputs)
    {
        var energy = new double[io.Steps];
        foreach (var port in inputs)
        {
            Supply.Add(energy, Supply.Scale(io.InFlows[port.Index], port.Carrier.EnergyPerUnit));
        }

        return energy;
    }

    /// <summary>t of CO2 per step from burning the fuels arriving on the inputs.</summary>
    public static double[] Co2(NodeIo io, IEnumerable<Port> inputs)
    {
        var co2 = new double[io.Steps];
        foreach (var port in inputs.Where(p => p.Carrier.Kind == CarrierKind.Fuel))
        {
            var factor = port.Carrier.EnergyPerUnit * port.Carrier.Co2PerGigajoule;
            Supply.Add(co2, Supply.Scale(io.InFlows[port.Index], factor));
        }

        return co2;
    }

    /// <summary>
    /// Records a pollutant or waste the node creates and sends it out: transformed plus,
    /// flow out the same.
    /// </summary>
    public static void Emit(NodeIo io, NodeBinding binding, string carrier, double[] amount)
    {
        Supply.Add(io.Terms.TransformedOf(carrier), amount);
        Supply.Discharge(io, binding.OutputsOf(carrier), amount);
    }
}
