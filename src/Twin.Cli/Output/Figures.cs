using System.Globalization;

namespace Twin.Cli.Output;

/// <summary>
/// Numbers for people: grouped thousands for large amounts, three significant figures for
/// small ones. The files keep full precision; these are only for reading.
/// </summary>
internal static class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Amount(double? value) => value switch
    {
        null => "n/a",
        { } v when !double.IsFinite(v) => "n/a",
        0 => "0",
        { } v when Math.Abs(v) >= 1000 => v.ToString("#,0", Invariant),
        { } v when Math.Abs(v) >= 1 => v.ToString("0.###", Invariant),
        { } v => v.ToString("G3", Invariant),
    };

    /// <summary>A signed change in percent; "n/a" when there is no reference to divide by.</summary>
    public static string Percent(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("+0.00;-0.00;0", Invariant) + " %" : "n/a";

    public static string Residual(double value) => value.ToString("G3", Invariant);

    public static string YesNo(bool? met) => met switch
    {
        true => "yes",
        false => "no",
        null => "n/a",
    };
}
