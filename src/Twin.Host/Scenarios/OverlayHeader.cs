using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Twin.Host.Scenarios;

/// <summary>
/// The name and base an overlay declares, read before it is staged so that a name already taken
/// is a conflict rather than a validation problem. YAML reads JSON too, so both bodies work.
/// </summary>
internal sealed record OverlayHeader(string? Scenario, string? Base)
{
    public static OverlayHeader Read(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return new OverlayHeader(null, null);
            }

            return new OverlayHeader(Scalar(root, "scenario"), Scalar(root, "base"));
        }
        catch (YamlException)
        {
            // The staged load reports the syntax error with its line, as `twin validate` does.
            return new OverlayHeader(null, null);
        }
    }

    private static string? Scalar(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar
            ? scalar.Value
            : null;
}
