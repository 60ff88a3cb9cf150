using Twin.Domain.Carriers;
using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Domain.Units;

namespace Twin.Domain.Tests.TestParks;

/// <summary>
/// Builds a small <see cref="ParkModel"/> in code, so that a test states only the nodes,
/// parameters and connections it is about. Parameters are written as a topology writes
/// them ("30000 m3/d") and parsed by <see cref="QuantityParser"/>.
/// </summary>
internal sealed class ParkBuilder
{
    private const string Source = "test";

    private readonly List<NodeDraft> _nodes = [];
    private readonly List<ConnectionSpec> _connections = [];
    private readonly Dictionary<string, ProfileSpec> _profiles = new(StringComparer.Ordinal);
    private DateOnly _start = new(2021, 1, 1);
    private int _days = 3;
    private StepLength _step = StepLength.Day;
    private double _reference = 12;

    public ParkBuilder Boundary(string id, params (string Name, string Value)[] parameters) =>
        Node(id, "boundary", parameters);

    public ParkBuilder Node(string id, string kind, params (string Name, string Value)[] parameters)
    {
        _nodes.Add(new NodeDraft(id, kind, parameters));
        return this;
    }

    /// <summary>A non-numeric setting of the node added last, e.g. its water_quality.</summary>
    public ParkBuilder Text(string key, string value)
    {
        _nodes[^1].Texts[key] = value;
        return this;
    }

    /// <summary>Shapes the node added last by a load profile.</summary>
    public ParkBuilder Profile(ProfileSpec profile)
    {
        _profiles[profile.Name] = profile;
        _nodes[^1].Profile = profile.Name;
        return this;
    }

    public ParkBuilder Connect(string from, string to, string carrier, int? priority = null,
        double? share = null)
    {
        _connections.Add(new ConnectionSpec(from, to, carrier, SourceLocation.None, priority, share));
        return this;
    }

    /// <summary>
    /// The usual outlets of the WWTP "wwtp": effluent, COD and NH3-N to "sea", sludge to
    /// "buyer", the heat of its electricity to "air".
    /// </summary>
    public ParkBuilder WwtpOutlets() => this
        .Connect("wwtp", "sea", "effluent")
        .Connect("wwtp", "sea", "cod")
        .Connect("wwtp", "sea", "nh3n")
        .Connect("wwtp", "buyer", "sludge")
        .Connect("wwtp", "air", "heat-loss");

    public ParkBuilder Horizon(int days, StepLength step = StepLength.Day, DateOnly? start = null)
    {
        _days = days;
        _step = step;
        _start = start ?? _start;
        return this;
    }

    public ParkBuilder ReferenceTemperature(double degreesCelsius)
    {
        _reference = degreesCelsius;
        return this;
    }

    /// <summary>Lets a shared helper add nodes in the middle of a fluent chain.</summary>
    public ParkBuilder Then(Func<ParkBuilder, ParkBuilder> add) => add(this);

    public ParkModel Build() => new(
        "test-park", "base", _start.Year, new Horizon(_start, _days, _step), _reference,
        CarrierCatalog.Default,
        _nodes.Select(n => n.ToSpec()).ToArray(),
        _connections.ToArray(),
        _profiles,
        new Economy(1, 1, 1),
        new Dictionary<string, double>(),
        new Dictionary<string, string> { [Source] = "hand-made test values" });

    /// <summary>Validates, binds and runs the park; validation issues fail the test.</summary>
    public ParkRun Run(SimulationOptions? options = null) => ParkRun.Of(Build(), options);

    private sealed class NodeDraft(string id, string kind, (string Name, string Value)[] parameters)
    {
        public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

        public string? Profile { get; set; }

        public NodeSpec ToSpec()
        {
            var values = parameters.ToDictionary(
                p => p.Name,
                p => new Parameter(p.Name, QuantityParser.Parse(p.Value), p.Value, Source,
                    SourceLocation.None),
                StringComparer.Ordinal);
            return new NodeSpec(id, kind, id, values, SourceLocation.None, Profile, Texts);
        }
    }
}
