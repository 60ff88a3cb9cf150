using System.Globalization;
using CsvHelper;
using Twin.Domain.Simulation;

namespace Twin.Reporting;

/// <summary>
/// flows.csv: one row per edge with its total over the horizon, in the carrier's own unit,
/// and the water (t) and energy (GJ) it carries, empty when the carrier carries none. With
/// these two columns anyone can check every node's balance without trusting the twin.
/// </summary>
public static class FlowsCsvWriter
{
    public static readonly IReadOnlyList<string> Header =
        ["from", "to", "carrier", "amount", "unit", "water_t", "energy_gj"];

    /// <summary>
    /// Unix line ends, so that the last column parses cleanly with cut, awk or a plain split;
    /// CsvHelper still quotes any field that would need it.
    /// </summary>
    private static readonly CsvWriterOptions Format = new() { NewLine = "\n" };

    public static void Write(IEnumerable<EdgeFlow> edges, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, Format, leaveOpen: true);
        csv.WriteRecord([.. Header]);
        foreach (var edge in edges)
        {
            csv.WriteRecord(Row(edge));
        }

        csv.Flush();
    }

    private static string[] Row(EdgeFlow edge)
    {
        var carrier = edge.Carrier;
        var amount = edge.Total;
        var water = carrier.CarriesWater ? Number(amount * carrier.WaterPerUnit) : "";
        var energy = carrier.CarriesEnergy ? Number(amount * carrier.EnergyPerUnit) : "";
        return [edge.Connection.From, edge.Connection.To, carrier.Id, Number(amount), carrier.Unit, water, energy];
    }

    /// <summary>The shortest text that parses back to the same double.</summary>
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
