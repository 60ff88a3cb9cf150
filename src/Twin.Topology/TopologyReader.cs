using System.Globalization;
using Twin.Domain.Carriers;
using Twin.Domain.Model;
using Twin.Domain.Units;
using YamlDotNet.RepresentationModel;

namespace Twin.Topology;

/// <summary>Reads park and scenario files into documents, reporting every problem with its line.</summary>
internal sealed class TopologyReader(YamlSource yaml)
{
    private static readonly string[] ParkKeys =
    [
        "park", "name", "reference_temperature", "sources", "fuels", "profiles", "nodes", "connections",
        "indicators", "year", "horizon", "economy", "scenarios", "note", "reported",
    ];

    private static readonly string[] ScenarioKeys =
    [
        "scenario", "description", "base", "source", "year", "horizon", "economy", "set", "add_nodes",
        "remove_nodes", "add_connections", "remove_connections",
    ];

    public (ParkDocument? Park, List<ScenarioDocument> Scenarios) ReadPark()
    {
        var root = yaml.Root();
        if (root is null)
        {
            return (null, []);
        }

        const string subject = "park";
        yaml.OnlyKeys(root, subject, ParkKeys);
        var sources = Sources(root);
        var nodeReader = new NodeReader(yaml, sources);
        var profileReader = new ProfileReader(yaml, sources);

        var nodes = (yaml.Sequence(root, "nodes", subject) ?? new YamlSequenceNode())
            .Select(nodeReader.Node).OfType<NodeSpec>().ToList();
        var connections = (yaml.Sequence(root, "connections", subject) ?? new YamlSequenceNode())
            .Select(nodeReader.Connection).OfType<ConnectionSpec>().ToList();
        var profiles = new Dictionary<string, ProfileSpec>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlSource.Entries(yaml.Mapping(root, "profiles", subject)))
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (profileReader.Profile(name, value) is { } profile)
            {
                profiles[name] = profile;
            }
        }

        var year = Year(root, subject) ?? 2020;
        var park = new ParkDocument(
            yaml.RequiredText(root, "park", subject) ?? Path.GetFileNameWithoutExtension(yaml.Path),
            yaml.Text(root, "name", subject) ?? "",
            yaml.Path,
            Temperature(root, "reference_temperature", subject) ?? 12,
            sources,
            HeatingValues(root),
            profiles,
            nodes,
            connections,
            Indicators(root),
            year,
            Horizon(root, subject, year) ?? Twin.Domain.Model.Horizon.Year(year, StepLength.Day),
            Economy(root, subject) ?? new Economy(0, 0, 0),
            new ReportedTableReader(yaml, sources).Tables(yaml.Sequence(root, "reported", subject)));

        var scenarios = (yaml.Sequence(root, "scenarios", subject) ?? new YamlSequenceNode())
            .Select(s => s is YamlMappingNode map ? Scenario(map, sources) : null)
            .OfType<ScenarioDocument>().ToList();
        return (park, scenarios);
    }

    public ScenarioDocument? ReadScenario(IReadOnlyDictionary<string, string> sources)
    {
        var root = yaml.Root();
        return root is null ? null : Scenario(root, sources);
    }

    private ScenarioDocument? Scenario(YamlMappingNode root, IReadOnlyDictionary<string, string> sources)
    {
        var name = yaml.RequiredText(root, "scenario", "scenario");
        var subject = $"scenario '{name}'";
        yaml.OnlyKeys(root, subject, ScenarioKeys);
        var source = yaml.Text(root, "source", subject);
        if (source is not null && !sources.ContainsKey(source))
        {
            yaml.Report(YamlSource.Child(root, "source")!, subject,
                $"unknown source '{source}': list it under sources");
        }

        var nodeReader = new NodeReader(yaml, sources);
        var year = Year(root, subject);
        if (year is null && YamlSource.Child(root, "horizon") is { } horizon)
        {
            // The horizon is read against the scenario's own year; without one it would be dropped unseen.
            yaml.Report(horizon, subject, "a horizon needs the scenario's year next to it");
        }

        var changes = new List<NodeChange>();
        foreach (var (key, value) in YamlSource.Entries(yaml.Mapping(root, "set", subject)))
        {
            if (Change(((YamlScalarNode)key).Value ?? "", value, nodeReader, source) is { } change)
            {
                changes.Add(change);
            }
        }

        var added = (yaml.Sequence(root, "add_nodes", subject) ?? new YamlSequenceNode())
            .Select(n => nodeReader.Node(n, source)).OfType<NodeSpec>().ToList();
        var removed = (yaml.Sequence(root, "remove_nodes", subject) ?? new YamlSequenceNode())
            .OfType<YamlScalarNode>().Select(n => (n.Value ?? "", yaml.At(n))).ToList();
        var addedConnections = (yaml.Sequence(root, "add_connections", subject) ?? new YamlSequenceNode())
            .Select(nodeReader.Connection).OfType<ConnectionSpec>().ToList();
        var removedConnections = (yaml.Sequence(root, "remove_connections", subject) ?? new YamlSequenceNode())
            .Select(nodeReader.Connection).OfType<ConnectionSpec>().ToList();

        if (name is null)
        {
            return null;
        }

        return new ScenarioDocument(name, yaml.Text(root, "base", subject) ?? "park", yaml.At(root), year,
            year is null ? null : Horizon(root, subject, year.Value), Economy(root, subject), changes, added,
            removed, addedConnections, removedConnections, yaml.Text(root, "description", subject));
    }

    private NodeChange? Change(string id, YamlNode value, NodeReader nodeReader, string? scenarioSource)
    {
        var subject = $"node '{id}'";
        if (value is not YamlMappingNode map)
        {
            yaml.Report(value, subject, "a change must be a mapping of parameters, settings or profile");
            return null;
        }

        yaml.OnlyKeys(map, subject, "parameters", "remove_parameters", "profile", "settings", "source");
        var ownSource = yaml.Text(map, "source", subject);
        if (ownSource is not null)
        {
            nodeReader.CheckSource(map, subject, ownSource);
        }

        var source = ownSource ?? scenarioSource;
        var parameters = nodeReader.Parameters(yaml.Mapping(map, "parameters", subject), subject, source);
        var removed = (yaml.Sequence(map, "remove_parameters", subject) ?? new YamlSequenceNode())
            .OfType<YamlScalarNode>().Select(n => n.Value ?? "").ToList();
        var settings = nodeReader.Settings(yaml.Mapping(map, "settings", subject), subject);
        return new NodeChange(id, yaml.At(map), parameters, removed, yaml.Text(map, "profile", subject), settings);
    }

    private Dictionary<string, string> Sources(YamlMappingNode root)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlSource.Entries(yaml.Mapping(root, "sources", "park")))
        {
            sources[((YamlScalarNode)key).Value ?? ""] = (value as YamlScalarNode)?.Value ?? "";
        }

        return sources;
    }

    private Dictionary<string, double> HeatingValues(YamlMappingNode root)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlSource.Entries(yaml.Mapping(root, "fuels", "park")))
        {
            var carrier = ((YamlScalarNode)key).Value ?? "";
            var subject = $"fuel '{carrier}'";
            if (!CarrierCatalog.Default.TryGet(carrier, out var known) || known.Kind != CarrierKind.Fuel)
            {
                yaml.Report(key, subject, "is not a fuel carrier");
                continue;
            }

            var text = value is YamlMappingNode map ? yaml.Text(map, "heating_value", subject)
                : (value as YamlScalarNode)?.Value;
            if (text is not null && QuantityParser.TryParse(text, out var quantity, out _)
                && quantity.Dimension is Dimension.HeatingValue or Dimension.GasHeatingValue && quantity.Value > 0)
            {
                values[carrier] = quantity.Value;
            }
            else
            {
                yaml.Report(value, subject, $"heating value '{text}' must be a positive GJ/t or MJ/Nm3");
            }
        }

        return values;
    }

    private Dictionary<string, double> Indicators(YamlMappingNode root)
    {
        var facts = new Dictionary<string, double>(StringComparer.Ordinal);
        var section = yaml.Mapping(root, "indicators", "park");
        if (section is null)
        {
            return facts;
        }

        foreach (var (part, prefix) in new[] { ("values", "indicator"), ("targets", "target") })
        {
            foreach (var (number, years) in YamlSource.Entries(yaml.Mapping(section, part, "indicators")))
            {
                foreach (var (year, value) in YamlSource.Entries(years as YamlMappingNode))
                {
                    var text = (value as YamlScalarNode)?.Value;
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
                    {
                        facts[$"{prefix}.{number}.{year}"] = x;
                    }
                    else
                    {
                        yaml.Report(value, $"indicator {number}", $"'{text}' is not a number");
                    }
                }
            }
        }

        return facts;
    }

    private int? Year(YamlMappingNode root, string subject)
    {
        var text = yaml.Text(root, "year", subject);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, out var year) && year is >= 1900 and <= 2200)
        {
            return year;
        }

        yaml.Report(YamlSource.Child(root, "year")!, subject, $"year '{text}' is not a year");
        return null;
    }

    private Horizon? Horizon(YamlMappingNode root, string subject, int year)
    {
        var map = yaml.Mapping(root, "horizon", subject);
        if (map is null)
        {
            return null;
        }

        yaml.OnlyKeys(map, subject, "start", "days", "step");
        var start = new DateOnly(year, 1, 1);
        if (yaml.Text(map, "start", subject) is { } startText
            && !DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out start))
        {
            yaml.Report(map, subject, $"horizon start '{startText}' must be a date, e.g. 2020-01-01");
            return null;
        }

        var daysText = yaml.Text(map, "days", subject) ?? "365";
        if (!int.TryParse(daysText, out var days) || days is < 1 or > 365)
        {
            yaml.Report(map, subject, $"horizon days '{daysText}' must be a whole number from 1 to 365");
            return null;
        }

        var step = yaml.Text(map, "step", subject) ?? "day";
        if (step is not ("day" or "hour"))
        {
            yaml.Report(map, subject, $"horizon step '{step}' must be day or hour");
            return null;
        }

        return new Horizon(start, days, step == "day" ? StepLength.Day : StepLength.Hour);
    }

    private Economy? Economy(YamlMappingNode root, string subject)
    {
        var map = yaml.Mapping(root, "economy", subject);
        if (map is null)
        {
            return null;
        }

        yaml.OnlyKeys(map, subject, "value_added", "employees", "industrial_land", "source");
        var valueAdded = Quantity(map, "value_added", subject, Dimension.MoneyRate);
        var employees = Quantity(map, "employees", subject, Dimension.Count);
        var land = Quantity(map, "industrial_land", subject, Dimension.Area);
        if (valueAdded is null || employees is null || land is null)
        {
            return null;
        }

        return new Economy(valueAdded.Value * UnitCatalog.HoursPerYear, employees.Value, land.Value);
    }

    private double? Quantity(YamlMappingNode map, string key, string subject, Dimension dimension)
    {
        var text = yaml.RequiredText(map, key, subject);
        if (text is null)
        {
            return null;
        }

        if (QuantityParser.TryParse(text, out var quantity, out var error) && quantity.Dimension == dimension
            && quantity.Value > 0)
        {
            return quantity.Value;
        }

        yaml.Report(YamlSource.Child(map, key)!, subject,
            $"'{key}' = '{text}' must be a positive {dimension} ({UnitCatalog.BaseSymbol(dimension)}) {error}"
                .TrimEnd());
        return null;
    }

    private double? Temperature(YamlMappingNode root, string key, string subject)
    {
        var text = yaml.Text(root, key, subject);
        if (text is null)
        {
            return null;
        }

        if (QuantityParser.TryParse(text, out var quantity, out _) && quantity.Dimension == Dimension.Temperature)
        {
            return quantity.Value;
        }

        yaml.Report(YamlSource.Child(root, key)!, subject, $"'{key}' = '{text}' must be a temperature, e.g. '12 degC'");
        return null;
    }
}
