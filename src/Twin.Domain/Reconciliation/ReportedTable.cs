using Twin.Domain.Model;

namespace Twin.Domain.Reconciliation;

/// <summary>
/// A column of a source table as it was printed, kept beside the topology so that its
/// inconsistencies are found by the twin rather than by a careful reader.
/// </summary>
/// <param name="Table">The source key of the table, e.g. "plan-t5.2-1".</param>
/// <param name="Quantity">What the column reports, e.g. "wastewater".</param>
/// <param name="Parameter">The node parameter that carries the column's rows in the topology,
/// when there is one (e.g. "wastewater"), so the chosen value can be compared with the print.</param>
/// <param name="Rows">Printed value per node id, in <paramref name="Unit"/>.</param>
/// <param name="Shares">Printed share of the park total per node id (0..1), if the table has them.</param>
/// <param name="PrintedTotal">The total line as printed.</param>
/// <param name="ParkTotal">The park total the column is part of, in the same unit.</param>
public sealed record ReportedTable(
    string Table,
    string Quantity,
    string Unit,
    double UnitInBase,
    string? Parameter,
    IReadOnlyDictionary<string, double> Rows,
    IReadOnlyDictionary<string, double> Shares,
    double? PrintedTotal,
    double? ParkTotal,
    SourceLocation Location);
