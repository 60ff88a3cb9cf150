using Twin.Domain.Model;
using Twin.Domain.Units;
using YamlDotNet.RepresentationModel;

namespace Twin.Topology;

/// <summary>Reads nodes and connections; every number must carry a unit and a known source.</summary>
internal sealed class NodeReader(YamlSource yaml, IReadOnlyDictionary<string, string> sources)
{
    private static readonly string[] NodeKeys =
        ["id", "kind", "name", "source", "profile", "settings", "parameters", "note"];

    private static readonly string[] ConnectionKeys = ["from", "to", "carrier", "priority", "share", "note"];

    public NodeSpec? Node(YamlNode entry) => Node(entry, null);

    /// <summary>
    /// Reads a node; its parameters take <paramref name="defaultSource"/> when neither they nor
    /// the node name one.
    /// </summary>
    public NodeSpec? Node(YamlNode entry, string? defaultSource)
    {
        if (entry is not YamlMappingNode map)
        {
            yaml.Report(entry, "nodes", "each node must be a mapping with id, kind and name");
            return null;
        }

        var id = yaml.RequiredText(map, "id", "node");
        var subject = id is null ? "node" : $"node '{id}'";
        yaml.OnlyKeys(map, subject, NodeKeys);
        var kind = yaml.RequiredText(map, "kind", subject);
        var name = yaml.RequiredText(map, "name", subject);
        var source = yaml.Text(map, "source", subject);
        if (source is not null)
        {
            CheckSource(map, subject, source);
        }

        source ??= defaultSource;
        var parameters = Parameters(yaml.Mapping(map, "parameters", subject), subject, source);
        var settings = Settings(yaml.Mapping(map, "settings", subject), subject);
        if (id is null || kind is null || name is null)
        {
            return null;
        }

        return new NodeSpec(id, kind, name, parameters, yaml.At(map), yaml.Text(map, "profile", subject),
            settings, yaml.Text(map, "note", subject));
    }

    public Dictionary<string, Parameter> Parameters(YamlMappingNode? map, string subject, string? nodeSource)
    {
        var parameters = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        if (map is null)
        {
            return parameters;
        }

        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (Parameter(name, value, subject, nodeSource) is { } parameter)
            {
                parameters[name] = parameter;
            }
        }

        return parameters;
    }

    private Parameter? Parameter(string name, YamlNode value, string subject, string? nodeSource)
    {
        string? text;
        string? source = nodeSource;
        string? note = null;
        if (value is YamlScalarNode scalar)
        {
            text = scalar.Value;
        }
        else if (value is YamlMappingNode detail)
        {
            yaml.OnlyKeys(detail, subject, "value", "source", "note");
            text = yaml.Text(detail, "value", subject);
            source = yaml.Text(detail, "source", subject) ?? nodeSource;
            note = yaml.Text(detail, "note", subject);
            if (yaml.Text(detail, "source", subject) is { } own)
            {
                CheckSource(detail, subject, own);
            }
        }
        else
        {
            yaml.Report(value, subject, $"parameter '{name}' must be a value with a unit, or value/source/note");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            yaml.Report(value, subject, $"parameter '{name}' has no value");
            return null;
        }

        if (source is null)
        {
            yaml.Report(value, subject,
                $"parameter '{name}' has no source: give the node a source or the parameter one");
            return null;
        }

        if (!QuantityParser.TryParse(text, out var quantity, out var error))
        {
            yaml.Report(value, subject, $"parameter '{name}': {error}");
            return null;
        }

        return new Parameter(name, quantity, text, source, yaml.At(value), note);
    }

    public Dictionary<string, string> Settings(YamlMappingNode? map, string subject)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlSource.Entries(map))
        {
            if (value is YamlScalarNode scalar && scalar.Value is { } text)
            {
                settings[((YamlScalarNode)key).Value ?? ""] = text;
            }
            else
            {
                yaml.Report(value, subject, $"setting '{key}' must be a single word");
            }
        }

        return settings;
    }

    public ConnectionSpec? Connection(YamlNode entry)
    {
        if (entry is not YamlMappingNode map)
        {
            yaml.Report(entry, "connections", "each connection must be a mapping with from, to and carrier");
            return null;
        }

        const string subject = "connection";
        yaml.OnlyKeys(map, subject, ConnectionKeys);
        var from = yaml.RequiredText(map, "from", subject);
        var to = yaml.RequiredText(map, "to", subject);
        var carrier = yaml.RequiredText(map, "carrier", subject);
        var named = $"connection {from ?? "?"} -> {to ?? "?"}";
        var priority = Priority(map, named);
        var share = Share(map, named);
        if (from is null || to is null || carrier is null)
        {
            return null;
        }

        return new ConnectionSpec(from, to, carrier, yaml.At(map), priority, share);
    }

    private int? Priority(YamlMappingNode map, string subject)
    {
        var text = yaml.Text(map, "priority", subject);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, out var priority) && priority >= 1)
        {
            return priority;
        }

        yaml.Report(YamlSource.Child(map, "priority")!, subject, $"priority '{text}' must be a whole number from 1");
        return null;
    }

    private double? Share(YamlMappingNode map, string subject)
    {
        var text = yaml.Text(map, "share", subject);
        if (text is null)
        {
            return null;
        }

        if (QuantityParser.TryParse(text, out var share, out var error) && share.Dimension == Dimension.Fraction)
        {
            return share.Value;
        }

        yaml.Report(YamlSource.Child(map, "share")!, subject, $"share '{text}' must be a percentage, e.g. '97 %'");
        return null;
    }

    public void CheckSource(YamlMappingNode map, string subject, string source)
    {
        if (!sources.ContainsKey(source))
        {
            yaml.Report(YamlSource.Child(map, "source")!, subject, $"unknown source '{source}': list it under sources");
        }
    }
}
