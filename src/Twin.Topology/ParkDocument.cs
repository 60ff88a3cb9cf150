using Twin.Domain.Model;

namespace Twin.Topology;

/// <summary>A park as written in its topology file, before any scenario is applied.</summary>
internal sealed record ParkDocument(
    string Park,
    string Name,
    string Path,
    double ReferenceTemperature,
    IReadOnlyDictionary<string, string> Sources,
    IReadOnlyDictionary<string, double> HeatingValues,
    IReadOnlyDictionary<string, ProfileSpec> Profiles,
    IReadOnlyList<NodeSpec> Nodes,
    IReadOnlyList<ConnectionSpec> Connections,
    IReadOnlyDictionary<string, double> Facts,
    int Year,
    Horizon Horizon,
    Economy Economy,
    IReadOnlyList<Twin.Domain.Reconciliation.ReportedTable> ReportedTables);
