using Twin.Domain.Carriers;
using Twin.Domain.Model;
using Twin.Domain.Units;

namespace Twin.Domain.Processes;

/// <summary>
/// A node with everything its process needs: parameter values with defaults filled in, its
/// input and output ports, the horizon and its load profile.
/// </summary>
public sealed class NodeBinding
{
    private readonly IReadOnlyDictionary<string, double> _values;
    private readonly Dictionary<string, double[]> _series = new(StringComparer.Ordinal);

    public NodeBinding(NodeSpec node, IReadOnlyDictionary<string, double> values,
        IReadOnlyList<Port> inputs, IReadOnlyList<Port> outputs, Horizon horizon,
        double[] profile, double referenceTemperature)
    {
        Node = node;
        _values = values;
        Inputs = inputs;
        Outputs = outputs;
        Horizon = horizon;
        Profile = profile;
        ReferenceTemperature = referenceTemperature;
    }

    public NodeSpec Node { get; }

    public IReadOnlyList<Port> Inputs { get; }

    public IReadOnlyList<Port> Outputs { get; }

    public Horizon Horizon { get; }

    /// <summary>Multiplier per step of the node's load profile (mean 1 over a year).</summary>
    public double[] Profile { get; }

    public double ReferenceTemperature { get; }

    public int Steps => Horizon.Steps;

    /// <summary>A parameter's value in base units.</summary>
    public double Value(string name) => _values[name];

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>
    /// The amount per step of a rate parameter (base unit per hour) shaped by the profile:
    /// rate * step hours * profile multiplier. Computed once; callers must not change it.
    /// </summary>
    public double[] Series(string name)
    {
        if (!_series.TryGetValue(name, out var series))
        {
            series = Shape(Value(name));
            _series[name] = series;
        }

        return series;
    }

    /// <summary>A rate in base units per hour, spread over the steps by the profile.</summary>
    public double[] Shape(double ratePerHour)
    {
        var series = new double[Steps];
        var hours = Horizon.StepHours;
        for (var step = 0; step < series.Length; step++)
        {
            series[step] = ratePerHour * hours * Profile[step];
        }

        return series;
    }

    /// <summary>The most a capacity (base unit per hour) allows in one step.</summary>
    public double PerStep(double ratePerHour) => ratePerHour * Horizon.StepHours;

    /// <summary>
    /// A design capacity per step under the node's profile, which for a plant is its
    /// availability (validation allows plants no other kind): a plant ramping up or out of
    /// service offers that share of its capacity.
    /// </summary>
    public double[] AvailablePerStep(double ratePerHour)
    {
        var capacity = new double[Steps];
        for (var step = 0; step < capacity.Length; step++)
        {
            capacity[step] = ratePerHour * Horizon.StepHours * Profile[step];
        }

        return capacity;
    }

    public IReadOnlyList<Port> InputsOf(string carrier) =>
        Inputs.Where(p => p.Carrier.Id == carrier).OrderBy(p => p.Priority).ToArray();

    public IReadOnlyList<Port> OutputsOf(string carrier) =>
        Outputs.Where(p => p.Carrier.Id == carrier).OrderBy(p => p.Priority).ToArray();

    public IReadOnlyList<Port> InputsOf(CarrierKind kind) =>
        Inputs.Where(p => p.Carrier.Kind == kind).OrderBy(p => p.Priority).ToArray();

    public IReadOnlyList<Port> OutputsOf(CarrierKind kind) =>
        Outputs.Where(p => p.Carrier.Kind == kind).OrderBy(p => p.Priority).ToArray();

    /// <summary>Water supply inputs in cascade order (reclaimed, desalinated, fresh...).</summary>
    public IReadOnlyList<Port> WaterSupplyInputs() =>
        Inputs.Where(p => p.Carrier.IsWaterSupply).OrderBy(p => p.Priority).ToArray();

    /// <summary>Converts a quantity written in code (a physical constant) to base units.</summary>
    public static double Constant(string text) => QuantityParser.Parse(text).Value;
}
