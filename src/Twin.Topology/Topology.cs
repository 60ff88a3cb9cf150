using Twin.Domain.Carriers;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Validation;

namespace Twin.Topology;

/// <summary>
/// A park's topology as loaded from its folder: the park file and its scenario overlays.
/// Builds the park model of any scenario and validates it completely.
/// </summary>
public sealed class Topology
{
    /// <summary>The name of the bare park, without any scenario applied.</summary>
    public const string ParkScenario = "park";

    private readonly ParkDocument? _park;
    private readonly IReadOnlyDictionary<string, ScenarioDocument> _scenarios;
    private readonly IReadOnlyList<ValidationIssue> _readIssues;
    private readonly ParkValidator _validator;

    internal Topology(ParkDocument? park, IReadOnlyList<ScenarioDocument> scenarios,
        IReadOnlyList<ValidationIssue> issues, ProcessCatalog catalog)
    {
        _park = park;
        var duplicates = scenarios.GroupBy(s => s.Name).Where(g => g.Count() > 1)
            .Select(g => new ValidationIssue(g.Last().Location, $"scenario '{g.Key}'", "declared twice"));
        _readIssues = [.. issues, .. duplicates];
        _scenarios = scenarios.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _validator = new ParkValidator(catalog);
    }

    public string Park => _park?.Park ?? "";

    public string Name => _park?.Name ?? "";

    public IReadOnlyDictionary<string, string> Sources =>
        _park?.Sources ?? new Dictionary<string, string>();

    /// <summary>Scenario names, in the order of their names.</summary>
    public IReadOnlyList<string> Scenarios => _scenarios.Keys.Order(StringComparer.Ordinal).ToArray();

    public string? Description(string scenario) =>
        _scenarios.TryGetValue(scenario, out var document) ? document.Description : null;

    /// <summary>Problems found while reading the files (syntax, units, sources, unknown keys).</summary>
    public IReadOnlyList<ValidationIssue> ReadIssues => _readIssues;

    /// <summary>Every problem of the park and of each scenario, each reported once.</summary>
    public IReadOnlyList<ValidationIssue> ValidateAll()
    {
        var issues = new List<ValidationIssue>(_readIssues);
        foreach (var scenario in new[] { ParkScenario }.Concat(Scenarios))
        {
            issues.AddRange(Build(scenario, includeReadIssues: false).Issues);
        }

        return issues.Distinct().OrderBy(i => i.Location.Path, StringComparer.Ordinal)
            .ThenBy(i => i.Location.Line).ToArray();
    }

    /// <summary>Builds and validates a scenario (or the bare park, <see cref="ParkScenario"/>).</summary>
    public ScenarioBuild Build(string scenario) => Build(scenario, includeReadIssues: true);

    private ScenarioBuild Build(string scenario, bool includeReadIssues)
    {
        var issues = includeReadIssues ? new List<ValidationIssue>(_readIssues) : [];
        if (_park is null)
        {
            return new ScenarioBuild(null, issues);
        }

        if (scenario != ParkScenario && !_scenarios.ContainsKey(scenario))
        {
            issues.Add(new(new SourceLocation(_park.Path, 1), $"scenario '{scenario}'",
                $"unknown scenario (known: {string.Join(", ", Scenarios)})"));
            return new ScenarioBuild(null, issues);
        }

        var composer = new ScenarioComposer(_park, _scenarios);
        var model = composer.Compose(scenario, issues);
        if (model is null)
        {
            return new ScenarioBuild(null, issues);
        }

        issues.AddRange(_validator.Validate(model));
        return new ScenarioBuild(model, issues);
    }

    /// <summary>
    /// The inconsistencies of the source tables that the park file records as printed, and the
    /// values the topology chose instead (warnings about the sources, not errors).
    /// </summary>
    public static IReadOnlyList<Twin.Domain.Reconciliation.Finding> Reconcile(ParkModel model) =>
        Twin.Domain.Reconciliation.TableReconciler.Check(model, model.ReportedTables ?? []);

    internal static CarrierCatalog Carriers(ParkDocument park) =>
        CarrierCatalog.Default.WithHeatingValues(park.HeatingValues);
}
