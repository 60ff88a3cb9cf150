using Twin.Domain.Carriers;

namespace Twin.Domain.Processes;

/// <summary>
/// A kind of node: the parameters it reads, the carriers it can take and give, the checks
/// that its coefficients can conserve water and energy, and its process.
/// </summary>
public interface IProcessModel
{
    string Kind { get; }

    /// <summary>One sentence: what the node is, and its balance equation.</summary>
    string Description { get; }

    IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>Null when the node can take the carrier in; otherwise why not.</summary>
    string? CannotTake(Carrier carrier, Func<string, string?> text);

    /// <summary>Null when the node can give the carrier out; otherwise why not.</summary>
    string? CannotGive(Carrier carrier, Func<string, string?> text);

    /// <summary>
    /// Problems with the coefficients that would make the node create water or energy
    /// (outputs above inputs), given parameter values in base units.
    /// </summary>
    IEnumerable<string> CheckCoefficients(IReadOnlyDictionary<string, double> values);

    /// <summary>Carriers that must have an output, given the values (something produced needs a way out).</summary>
    IEnumerable<string> RequiredOutputs(IReadOnlyDictionary<string, double> values);

    /// <summary>
    /// The most that can pass through the node per hour, in the unit of what it sends on
    /// (t/h of water, GJ/h of heat), or null when nothing limits it. Used by the supply-capacity
    /// (maximum flow) query.
    /// </summary>
    double? Throughput(IReadOnlyDictionary<string, double> values);

    /// <summary>
    /// True for plants whose profile is their availability (a share of design capacity), which
    /// must therefore not be a load shape that moves capacity between days.
    /// </summary>
    bool ProfileIsAvailability { get; }

    IProcess Bind(NodeBinding binding);
}
