using Twin.Domain.Processes;
using Twin.Grains.Abstractions.Nodes;

namespace Twin.Grains.Mapping;

/// <summary>
/// Moves a node's terms between the domain and messages, keeping the order in which names were
/// first reported: sums over them then add up in the same order as the kernel's.
/// </summary>
internal static class TermsMapping
{
    public static NodeTermsSeries ToSeries(this NodeTerms terms) => new(
        terms.WaterStockChange,
        terms.EnergyStockChange,
        terms.Transformed.ToDictionary(),
        terms.Shortfalls.ToDictionary(),
        terms.Details.ToDictionary());

    public static NodeTerms ToTerms(this NodeTermsSeries series, int steps)
    {
        var terms = new NodeTerms(steps);
        series.CopyInto(terms);
        return terms;
    }

    /// <summary>Writes the series into <paramref name="terms"/>, as long and holding no other names.</summary>
    public static void CopyInto(this NodeTermsSeries series, NodeTerms terms)
    {
        series.WaterStockChange.CopyTo(terms.WaterStockChange, 0);
        series.EnergyStockChange.CopyTo(terms.EnergyStockChange, 0);
        foreach (var (carrier, values) in series.Transformed)
        {
            values.CopyTo(terms.TransformedOf(carrier), 0);
        }

        foreach (var (name, values) in series.Shortfalls)
        {
            values.CopyTo(terms.ShortfallOf(name), 0);
        }

        foreach (var (name, values) in series.Details)
        {
            values.CopyTo(terms.DetailOf(name), 0);
        }
    }
}
