using System.Globalization;

namespace Twin.Cli.Tests;

/// <summary>
/// flows.csv read with a plain split, independently of the twin's writer, the way a sceptical
/// user would read it.
/// </summary>
public sealed record FlowsFile(IReadOnlyList<string> Header, IReadOnlyList<FlowsFile.Row> Rows)
{
    public sealed record Row(string From, string To, string Carrier, double Amount, string Unit,
        double? WaterT, double? EnergyGj);

    public static FlowsFile Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).Select(f => new Row(
            f[0], f[1], f[2], Number(f[3])!.Value, f[4], Number(f[5]), Number(f[6]))).ToArray();
        return new FlowsFile(header, rows);
    }

    private static double? Number(string field) =>
        field.Length == 0 ? null : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);
}
