using System.Text.RegularExpressions;

namespace Twin.Host.Api.Documents;

/// <summary>
/// A node's name as a short label: the park's names carry their Chinese registered names in
/// brackets, which a chart label has no room for (the full name stays in <c>name</c>).
/// </summary>
internal static partial class ReadableName
{
    public static string Of(string name)
    {
        var label = Bracketed().Replace(name, "").Trim();
        return label.Length == 0 ? name : label;
    }

    [GeneratedRegex(@"\s*\([^)]*[^\x00-\x7F][^)]*\)")]
    private static partial Regex Bracketed();
}
