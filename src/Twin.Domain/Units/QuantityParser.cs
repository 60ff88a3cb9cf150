using System.Globalization;
using System.Text.RegularExpressions;

namespace Twin.Domain.Units;

/// <summary>
/// Reads quantities as people write them in a topology: "30000 m3/d", "7.2 km", "DN1400",
/// "130 degC", "12.5 %", "1,043.8 万Nm3/yr". A bare number is only a fraction.
/// </summary>
public static partial class QuantityParser
{
    [GeneratedRegex(@"^\s*(?<number>[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?)\s*(?<unit>\S.*?)?\s*$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\s*DN\s*(?<mm>\d+)\s*$")]
    private static partial Regex NominalDiameter();

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string text, out Quantity quantity, out string error)
    {
        quantity = default;
        error = string.Empty;

        var dn = NominalDiameter().Match(text);
        if (dn.Success)
        {
            var millimetres = double.Parse(dn.Groups["mm"].Value, CultureInfo.InvariantCulture);
            quantity = new Quantity(millimetres / 1000, Dimension.Length);
            return true;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not a number with a unit";
            return false;
        }

        var number = double.Parse(
            match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal),
            CultureInfo.InvariantCulture);
        var symbol = match.Groups["unit"].Success ? match.Groups["unit"].Value : "1";
        var unit = UnitCatalog.Find(symbol);
        if (unit is null)
        {
            error = $"unknown unit '{symbol}' in '{text}'";
            return false;
        }

        quantity = new Quantity(number * unit.Factor + unit.Offset, unit.Dimension);
        return true;
    }

    /// <summary>Parses text that is known to be valid, such as defaults written in code.</summary>
    public static Quantity Parse(string text) =>
        TryParse(text, out var quantity, out var error)
            ? quantity
            : throw new FormatException(error);
}
