using Twin.Domain.Carriers;

namespace Twin.Domain.Processes;

/// <summary>Common ground of the process models: carrier rules and parameter lookup.</summary>
public abstract class ProcessModel : IProcessModel
{
    public abstract string Kind { get; }

    public abstract string Description { get; }

    public abstract IReadOnlyList<ParameterSpec> Parameters { get; }

    protected abstract CarrierRules Takes { get; }

    protected abstract CarrierRules Gives { get; }

    public virtual string? CannotTake(Carrier carrier, Func<string, string?> text) =>
        Takes.Allows(carrier) ? null : $"a {Kind} takes {Takes.Describe()}";

    public virtual string? CannotGive(Carrier carrier, Func<string, string?> text) =>
        Gives.Allows(carrier) ? null : $"a {Kind} gives {Gives.Describe()}";

    public virtual IEnumerable<string> CheckCoefficients(IReadOnlyDictionary<string, double> values) => [];

    /// <summary>
    /// Carriers that must have at least one output, given the values: a node that produces
    /// something must have somewhere to send it.
    /// </summary>
    public virtual IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> values) => [];

    public virtual double? Throughput(IReadOnlyDictionary<string, double> values) =>
        values.TryGetValue("capacity", out var capacity) ? capacity : null;

    public virtual bool ProfileIsAvailability => false;

    public abstract IProcess Bind(NodeBinding binding);

    protected static double Get(IReadOnlyDictionary<string, double> values, string name) =>
        values.TryGetValue(name, out var value) ? value : 0;
}
