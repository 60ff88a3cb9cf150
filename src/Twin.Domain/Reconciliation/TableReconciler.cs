using System.Globalization;
using Twin.Domain.Model;

namespace Twin.Domain.Reconciliation;

/// <summary>
/// Checks printed source tables: rows against their printed total, the total against the park
/// total it is part of, printed shares against the rows, and the topology's chosen value
/// against the printed row. Findings are warnings about the source, not errors in the topology:
/// the topology's notes say which value it uses and why.
/// </summary>
public static class TableReconciler
{
    /// <summary>Relative difference below which two printed numbers agree (rounding of the print).</summary>
    private const double Agreement = 0.005;

    public static IReadOnlyList<Finding> Check(ParkModel park, IEnumerable<ReportedTable> tables) =>
        tables.SelectMany(t => Check(park, t)).ToArray();

    private static IEnumerable<Finding> Check(ParkModel park, ReportedTable table)
    {
        var name = $"{table.Table} ({table.Quantity})";
        var sum = table.Rows.Values.Sum();
        if (table.PrintedTotal is { } printed && Differ(sum, printed))
        {
            yield return new(table.Location, name,
                $"the rows add up to {Show(sum)} {table.Unit}, not the printed total {Show(printed)}");
        }

        if (table.ParkTotal is { } park1 && table.PrintedTotal is { } total && total > park1 * (1 + Agreement))
        {
            yield return new(table.Location, name,
                $"the printed total {Show(total)} {table.Unit} exceeds the park total {Show(park1)} it is part of");
        }

        foreach (var finding in CheckShares(table, name))
        {
            yield return finding;
        }

        foreach (var finding in CheckChosen(park, table, name))
        {
            yield return finding;
        }
    }

    private static IEnumerable<Finding> CheckShares(ReportedTable table, string name)
    {
        if (table.ParkTotal is not { } total)
        {
            yield break;
        }

        foreach (var (node, share) in table.Shares)
        {
            var implied = share * total;
            if (table.Rows.TryGetValue(node, out var row) && Differ(row, implied, 0.02))
            {
                yield return new(table.Location, name,
                    $"{node}: its share {Show(share * 100)} % of {Show(total)} is {Show(implied)} {table.Unit}, "
                    + $"not the printed {Show(row)}");
            }
        }
    }

    private static IEnumerable<Finding> CheckChosen(ParkModel park, ReportedTable table, string name)
    {
        if (table.Parameter is null)
        {
            yield break;
        }

        foreach (var (id, row) in table.Rows)
        {
            var node = park.Node(id);
            if (node is null || !node.Parameters.TryGetValue(table.Parameter, out var parameter))
            {
                continue;
            }

            var chosen = parameter.Value.Value / table.UnitInBase;
            if (Differ(chosen, row))
            {
                yield return new(parameter.Location, name,
                    $"{id}: the topology uses {Show(chosen)} {table.Unit} instead of the printed {Show(row)}"
                    + (parameter.Note is null ? "" : $" ({parameter.Note})"));
            }
        }
    }

    private static bool Differ(double a, double b, double tolerance = Agreement) =>
        Math.Abs(a - b) > tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static string Show(double value) => value.ToString("#,##0.###", CultureInfo.InvariantCulture);
}
