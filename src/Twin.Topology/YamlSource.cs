using Twin.Domain.Model;
using Twin.Domain.Validation;
using YamlDotNet.RepresentationModel;

namespace Twin.Topology;

/// <summary>
/// Reading helpers over one YAML file that remember where each value was written and collect
/// every problem as a <see cref="ValidationIssue"/> instead of stopping at the first.
/// </summary>
internal sealed class YamlSource
{
    public YamlSource(string path, List<ValidationIssue> issues)
    {
        Path = path;
        Issues = issues;
    }

    public string Path { get; }

    public List<ValidationIssue> Issues { get; }

    public SourceLocation At(YamlNode node) => new(Path, (int)node.Start.Line);

    public void Report(YamlNode node, string subject, string message) =>
        Issues.Add(new ValidationIssue(At(node), subject, message));

    /// <summary>Parses the file's single document; null (with the problem reported) when it cannot.</summary>
    public YamlMappingNode? Root()
    {
        try
        {
            using var reader = new StreamReader(Path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Issues.Add(new(new SourceLocation(Path, 1), "file", "expected a YAML mapping at the top"));
                return null;
            }

            return ComplexKeys(root) ? null : root;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            Issues.Add(new(new SourceLocation(Path, (int)e.Start.Line), "file", $"YAML syntax: {Plain(message)}"));
            return null;
        }
    }

    /// <summary>
    /// Reports every key that is a list or a mapping. The readers take keys as names, so such a
    /// file is refused as a whole rather than half read.
    /// </summary>
    private bool ComplexKeys(YamlMappingNode root)
    {
        var complex = root.AllNodes.OfType<YamlMappingNode>()
            .SelectMany(map => map.Children.Keys)
            .Where(key => key is not YamlScalarNode)
            .ToArray();
        foreach (var key in complex)
        {
            Report(key, "file", "a key must be a plain name, not a list or a mapping");
        }

        return complex.Length > 0;
    }

    /// <summary>The key-value pairs of a mapping; none when it is absent.</summary>
    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode? map) =>
        map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>();

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A scalar child, or null when absent; reports a non-scalar.</summary>
    public string? Text(YamlMappingNode map, string key, string subject)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Report(node, subject, $"'{key}' must be a single value");
        return null;
    }

    public string? RequiredText(YamlMappingNode map, string key, string subject)
    {
        var text = Text(map, key, subject);
        if (string.IsNullOrWhiteSpace(text) && Child(map, key) is null or YamlScalarNode)
        {
            Report(map, subject, $"missing '{key}'");
        }

        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key, string subject)
    {
        var node = Child(map, key);
        if (node is null or YamlMappingNode)
        {
            return node as YamlMappingNode;
        }

        Report(node, subject, $"'{key}' must be a mapping");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string subject)
    {
        var node = Child(map, key);
        if (node is null or YamlSequenceNode)
        {
            return node as YamlSequenceNode;
        }

        Report(node, subject, $"'{key}' must be a list");
        return null;
    }

    /// <summary>Reports keys of <paramref name="map"/> that are not among <paramref name="known"/>.</summary>
    public void OnlyKeys(YamlMappingNode map, string subject, params string[] known)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!known.Contains(key.Value))
            {
                Report(key, subject, $"unknown key '{key.Value}' (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    private static string Plain(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}
