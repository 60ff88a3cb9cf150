namespace Twin.Domain.Processes;

/// <summary>
/// What a node's balance holds besides its flows: per step, the water and energy it stores
/// (positive when the stock grows), the carriers it creates or destroys (positive when
/// created, e.g. SO2 formed from sulphur; negative when removed, e.g. COD degraded), and
/// the named shortfalls and curtailments it reports.
/// </summary>
public sealed class NodeTerms
{
    private readonly Dictionary<string, double[]> _transformed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double[]> _shortfalls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double[]> _details = new(StringComparer.Ordinal);

    public NodeTerms(int steps)
    {
        Steps = steps;
        WaterStockChange = new double[steps];
        EnergyStockChange = new double[steps];
    }

    public int Steps { get; }

    public double[] WaterStockChange { get; }

    public double[] EnergyStockChange { get; }

    public IReadOnlyDictionary<string, double[]> Transformed => _transformed;

    /// <summary>Unmet demand or refused supply by name, e.g. "heat demand not met (GJ)".</summary>
    public IReadOnlyDictionary<string, double[]> Shortfalls => _shortfalls;

    /// <summary>Zeroes every term, keeping the names a process reported before.</summary>
    public void Clear()
    {
        Array.Clear(WaterStockChange);
        Array.Clear(EnergyStockChange);
        foreach (var series in _transformed.Values.Concat(_shortfalls.Values).Concat(_details.Values))
        {
            Array.Clear(series);
        }
    }

    /// <summary>
    /// Named parts of the transformations, for people reading the balance, e.g.
    /// "so2 formed (t)" and "so2 captured (t)" whose difference is the SO2 transformed.
    /// </summary>
    public IReadOnlyDictionary<string, double[]> Details => _details;

    public double[] DetailOf(string name) => Series(_details, name);

    /// <summary>The series of a carrier's transformation, created as zeros on first use.</summary>
    public double[] TransformedOf(string carrier) => Series(_transformed, carrier);

    /// <summary>The series of a named shortfall, created as zeros on first use.</summary>
    public double[] ShortfallOf(string name) => Series(_shortfalls, name);

    /// <summary>Records needed minus received, per step, as a shortfall when anything was needed.</summary>
    public void RecordShortfall(string name, double[] needed, double[] received)
    {
        if (!needed.Any(n => n > 0))
        {
            return;
        }

        var unmet = ShortfallOf(name);
        for (var step = 0; step < unmet.Length; step++)
        {
            unmet[step] = Math.Max(0, needed[step] - received[step]);
        }
    }

    private double[] Series(Dictionary<string, double[]> map, string key)
    {
        if (!map.TryGetValue(key, out var series))
        {
            series = new double[Steps];
            map[key] = series;
        }

        return series;
    }
}
