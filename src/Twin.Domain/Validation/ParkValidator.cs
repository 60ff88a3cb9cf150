using Twin.Domain.Carriers;
using Twin.Domain.Graph;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;

namespace Twin.Domain.Validation;

/// <summary>
/// Checks a whole park before any run, and reports every problem rather than the first:
/// kinds, parameters and their dimensions and signs, connections and their carriers, nodes
/// cut off from the outside world, and coefficients that would create water or energy.
/// </summary>
public sealed class ParkValidator
{
    private readonly ProcessCatalog _catalog;

    public ParkValidator(ProcessCatalog? catalog = null) => _catalog = catalog ?? ProcessCatalog.Default;

    public IReadOnlyList<ValidationIssue> Validate(ParkModel park)
    {
        var issues = new List<ValidationIssue>();
        var nodes = new Dictionary<string, NodeSpec>(StringComparer.Ordinal);
        foreach (var node in park.Nodes)
        {
            if (!nodes.TryAdd(node.Id, node))
            {
                issues.Add(new(node.Location, $"node '{node.Id}'",
                    $"duplicate id: first declared at line {nodes[node.Id].Location.Line}"));
                continue;
            }

            issues.AddRange(CheckNode(park, node));
        }

        issues.AddRange(CheckConnections(park, nodes));
        issues.AddRange(CheckOutputs(park, nodes));
        issues.AddRange(CheckReach(park));
        return issues;
    }

    private IEnumerable<ValidationIssue> CheckNode(ParkModel park, NodeSpec node)
    {
        var subject = $"node '{node.Id}'";
        if (!_catalog.TryGet(node.Kind, out var model))
        {
            yield return new(node.Location, subject,
                $"unknown kind '{node.Kind}' (known: {string.Join(", ", _catalog.Kinds)})");
            yield break;
        }

        if (node.Profile is not null && !park.Profiles.ContainsKey(node.Profile))
        {
            yield return new(node.Location, subject, $"unknown profile '{node.Profile}'");
        }
        else if (node.Profile is not null && model.ProfileIsAvailability && park.Profiles[node.Profile].Shape)
        {
            yield return new(node.Location, subject, $"a {node.Kind}'s profile is its availability, "
                + $"but profile '{node.Profile}' is a load shape: declare it with 'availability: true'");
        }

        if (node.Text("water_quality") is { } quality && CarrierRules.ParseQuality(quality) is null)
        {
            yield return new(node.Location, subject,
                $"water_quality '{quality}' is not one of potable, process, cooling");
        }

        var specs = model.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var parameter in node.Parameters.Values)
        {
            foreach (var problem in CheckParameter(model, specs, parameter))
            {
                yield return new(parameter.Location, subject, problem);
            }
        }

        var missing = model.Parameters.Where(p => p.Required && !node.Parameters.ContainsKey(p.Name)).ToArray();
        foreach (var spec in missing)
        {
            yield return new(node.Location, subject, $"missing required parameter '{spec.Name}' ({spec.Meaning})");
        }

        if (missing.Length > 0 || !ParametersUsable(model, specs, node))
        {
            yield break;
        }

        var values = ParkNetwork.Values(node, model);
        foreach (var problem in model.CheckCoefficients(values))
        {
            yield return new(node.Location, subject, problem);
        }
    }

    private static IEnumerable<string> CheckParameter(IProcessModel model,
        Dictionary<string, ParameterSpec> specs, Parameter parameter)
    {
        if (!specs.TryGetValue(parameter.Name, out var spec))
        {
            yield return $"unknown parameter '{parameter.Name}' for a {model.Kind} "
                + $"(known: {string.Join(", ", specs.Keys.Order(StringComparer.Ordinal))})";
            yield break;
        }

        var quantity = parameter.Value;
        if (quantity.Dimension == Units.Dimension.Fraction && spec.Dimension != Units.Dimension.Fraction
            && !parameter.Text.Contains('%'))
        {
            yield return $"parameter '{parameter.Name}' = '{parameter.Text}' has no unit: write it in "
                + $"{Describe(spec.Dimension)} or another unit of that dimension";
            yield break;
        }

        if (quantity.Dimension != spec.Dimension)
        {
            yield return $"parameter '{parameter.Name}' = '{parameter.Text}' is {Describe(quantity.Dimension)}, "
                + $"expected {Describe(spec.Dimension)}";
            yield break;
        }

        if (double.IsNaN(quantity.Value) || double.IsInfinity(quantity.Value))
        {
            yield return $"parameter '{parameter.Name}' is not a finite number";
        }
        else if (spec.Positive && quantity.Value <= 0)
        {
            yield return $"parameter '{parameter.Name}' = '{parameter.Text}' must be greater than zero";
        }
        else if (quantity.Value < 0 && spec.Dimension != Units.Dimension.Temperature)
        {
            yield return $"parameter '{parameter.Name}' = '{parameter.Text}' must not be negative";
        }
        else if (spec.Max is { } max && quantity.Value > max)
        {
            yield return $"parameter '{parameter.Name}' = '{parameter.Text}' exceeds its upper limit {max:G4}";
        }
    }

    // A value already reported (negative, above its limit) would only make the coefficient checks
    // blame the parameters next to it, e.g. a stack_loss of 80 % blaming a sound coal rate.
    private static bool ParametersUsable(IProcessModel model, Dictionary<string, ParameterSpec> specs,
        NodeSpec node) =>
        node.Parameters.Values.All(p => !CheckParameter(model, specs, p).Any());

    private static string Describe(Units.Dimension dimension) =>
        $"{dimension} ({Units.UnitCatalog.BaseSymbol(dimension)})";

    private IEnumerable<ValidationIssue> CheckConnections(ParkModel park, Dictionary<string, NodeSpec> nodes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var connection in park.Connections)
        {
            var subject = $"connection {connection.From} -> {connection.To}";
            if (!park.Carriers.TryGet(connection.Carrier, out var carrier))
            {
                yield return new(connection.Location, subject, $"unknown carrier '{connection.Carrier}' "
                    + $"(known: {string.Join(", ", park.Carriers.All.Select(c => c.Id))})");
                continue;
            }

            if (!seen.Add(connection.Key))
            {
                yield return new(connection.Location, subject, $"duplicate connection for {carrier.Id}");
            }

            if (connection.From == connection.To)
            {
                yield return new(connection.Location, subject, "a node cannot connect to itself");
            }

            if (connection.Share is { } share && (share <= 0 || share > 1))
            {
                yield return new(connection.Location, subject, "share must be above 0 % and at most 100 %");
            }

            foreach (var issue in CheckEnds(connection, carrier, nodes, subject))
            {
                yield return issue;
            }
        }

        foreach (var group in park.Connections.Where(c => c.Share is not null)
                     .GroupBy(c => (c.From, c.Carrier)).Where(g => g.Sum(c => c.Share!.Value) > 1 + 1e-9))
        {
            yield return new(group.First().Location, $"node '{group.Key.From}'",
                $"shares of {group.Key.Carrier} add up to more than 100 %");
        }
    }

    private IEnumerable<ValidationIssue> CheckEnds(ConnectionSpec connection, Carrier carrier,
        Dictionary<string, NodeSpec> nodes, string subject)
    {
        if (!nodes.TryGetValue(connection.From, out var from))
        {
            yield return new(connection.Location, subject, $"unknown node '{connection.From}'");
        }
        else if (_catalog.TryGet(from.Kind, out var model) && model.CannotGive(carrier, from.Text) is { } why)
        {
            yield return new(connection.Location, $"node '{from.Id}'", $"cannot give {carrier.Id}: {why}");
        }

        if (!nodes.TryGetValue(connection.To, out var to))
        {
            yield return new(connection.Location, subject, $"unknown node '{connection.To}'");
        }
        else if (_catalog.TryGet(to.Kind, out var model) && model.CannotTake(carrier, to.Text) is { } why)
        {
            yield return new(connection.Location, $"node '{to.Id}'", $"cannot take {carrier.Id}: {why}");
        }
    }

    private IEnumerable<ValidationIssue> CheckOutputs(ParkModel park, Dictionary<string, NodeSpec> nodes)
    {
        foreach (var node in park.Nodes.Where(n => n.Kind != ProcessCatalog.BoundaryKind))
        {
            if (!_catalog.TryGet(node.Kind, out var model) || !IsComplete(model, node))
            {
                continue;
            }

            var outputs = park.Connections.Where(c => c.From == node.Id).Select(c => c.Carrier).ToHashSet();
            foreach (var carrier in model.RequiredOutputs(ParkNetwork.Values(node, model)).Distinct())
            {
                if (!outputs.Contains(carrier))
                {
                    yield return new(node.Location, $"node '{node.Id}'",
                        $"produces {carrier} but has no {carrier} connection to send it on");
                }
            }
        }
    }

    private static bool IsComplete(IProcessModel model, NodeSpec node) =>
        model.Parameters.All(p => !p.Required || node.Parameters.ContainsKey(p.Name))
        && node.Parameters.Values.All(p =>
            model.Parameters.Any(s => s.Name == p.Name && s.Dimension == p.Value.Dimension));

    private static IEnumerable<ValidationIssue> CheckReach(ParkModel park)
    {
        var graph = new ParkGraph(park);
        var boundaries = park.Nodes.Where(n => n.Kind == ProcessCatalog.BoundaryKind).Select(n => n.Id).ToArray();
        var fed = boundaries.SelectMany(b => graph.Reachable(b, downstream: true)).ToHashSet();
        var drained = boundaries.SelectMany(b => graph.Reachable(b, downstream: false)).ToHashSet();
        foreach (var node in park.Nodes.Where(n => n.Kind != ProcessCatalog.BoundaryKind))
        {
            var connected = park.Connections.Any(c => c.From == node.Id || c.To == node.Id);
            if (!connected)
            {
                yield return new(node.Location, $"node '{node.Id}'",
                    "is cut off: it has no connections to any source or sink");
            }
            else if (!drained.Contains(node.Id))
            {
                yield return new(node.Location, $"node '{node.Id}'",
                    "is cut off from every sink: nothing it sends reaches a boundary node");
            }
            else if (!fed.Contains(node.Id))
            {
                yield return new(node.Location, $"node '{node.Id}'",
                    "is cut off from every source: no boundary node feeds it");
            }
        }
    }
}
