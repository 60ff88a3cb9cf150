using Twin.Domain.Model;
using Twin.Domain.Validation;

namespace Twin.Topology;

/// <summary>
/// Applies a scenario's chain of overlays to the park: each scenario on its base, the base
/// first. A change to a node or connection that does not exist in the base is an error.
/// </summary>
internal sealed class ScenarioComposer(ParkDocument park, IReadOnlyDictionary<string, ScenarioDocument> scenarios)
{
    public ParkModel? Compose(string scenario, List<ValidationIssue> issues)
    {
        var chain = Chain(scenario, issues);
        if (chain is null)
        {
            return null;
        }

        var nodes = park.Nodes.ToList();
        var connections = park.Connections.ToList();
        var year = park.Year;
        var horizon = park.Horizon;
        var economy = park.Economy;
        foreach (var overlay in chain)
        {
            Apply(overlay, nodes, connections, issues);
            year = overlay.Year ?? year;
            horizon = overlay.Horizon ?? (overlay.Year is { } y ? Horizon.Year(y, horizon.Step) : horizon);
            economy = overlay.Economy ?? economy;
        }

        return new ParkModel(park.Park, scenario, year, horizon, park.ReferenceTemperature,
            Topology.Carriers(park), nodes, connections, park.Profiles, economy, park.Facts, park.Sources,
            park.ReportedTables);
    }

    /// <summary>
    /// The overlays from the park's first to the scenario itself; null on an unknown base or a
    /// cycle.
    /// </summary>
    private List<ScenarioDocument>? Chain(string scenario, List<ValidationIssue> issues)
    {
        var chain = new List<ScenarioDocument>();
        var name = scenario;
        while (name != Topology.ParkScenario)
        {
            if (!scenarios.TryGetValue(name, out var document))
            {
                var from = chain.LastOrDefault();
                issues.Add(new(from?.Location ?? new SourceLocation(park.Path, 1), $"scenario '{from?.Name ?? name}'",
                    $"unknown base scenario '{name}'"));
                return null;
            }

            if (chain.Contains(document))
            {
                issues.Add(new(document.Location, $"scenario '{name}'", "its bases form a cycle"));
                return null;
            }

            chain.Add(document);
            name = document.Base;
        }

        chain.Reverse();
        return chain;
    }

    private static void Apply(ScenarioDocument overlay, List<NodeSpec> nodes, List<ConnectionSpec> connections,
        List<ValidationIssue> issues)
    {
        var subject = $"scenario '{overlay.Name}'";
        foreach (var (id, location) in overlay.RemovedNodes)
        {
            if (nodes.RemoveAll(n => n.Id == id) == 0)
            {
                issues.Add(new(location, subject, $"removes node '{id}', which does not exist in its base"));
            }

            connections.RemoveAll(c => c.From == id || c.To == id);
        }

        foreach (var change in overlay.Changes)
        {
            var index = nodes.FindIndex(n => n.Id == change.Id);
            if (index < 0)
            {
                issues.Add(new(change.Location, subject,
                    $"changes node '{change.Id}', which does not exist in its base"));
                continue;
            }

            nodes[index] = Changed(nodes[index], change, issues, subject);
        }

        foreach (var node in overlay.AddedNodes)
        {
            if (nodes.Any(n => n.Id == node.Id))
            {
                issues.Add(new(node.Location, subject, $"adds node '{node.Id}', which already exists"));
                continue;
            }

            nodes.Add(node);
        }

        foreach (var removed in overlay.RemovedConnections)
        {
            if (connections.RemoveAll(c => c.Key == removed.Key) == 0)
            {
                issues.Add(new(removed.Location, subject, $"removes connection {removed.Key}, which does not exist"));
            }
        }

        connections.AddRange(overlay.AddedConnections);
    }

    private static NodeSpec Changed(NodeSpec node, NodeChange change, List<ValidationIssue> issues, string subject)
    {
        var parameters = new Dictionary<string, Parameter>(node.Parameters, StringComparer.Ordinal);
        foreach (var name in change.RemovedParameters)
        {
            if (!parameters.Remove(name))
            {
                issues.Add(new(change.Location, subject,
                    $"removes parameter '{name}' of node '{node.Id}', which it does not have"));
            }
        }

        foreach (var (name, parameter) in change.Parameters)
        {
            parameters[name] = parameter;
        }

        var settings = new Dictionary<string, string>(
            node.Texts ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in change.Settings)
        {
            settings[key] = value;
        }

        // The changed node is reported where the scenario changed it: that is where to look.
        return node with
        {
            Parameters = parameters,
            Texts = settings,
            Profile = change.Profile ?? node.Profile,
            Location = change.Location,
        };
    }
}
