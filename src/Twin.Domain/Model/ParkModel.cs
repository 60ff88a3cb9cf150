using Twin.Domain.Carriers;

namespace Twin.Domain.Model;

/// <summary>
/// A park as one scenario sees it: the base topology with the scenario's overlay applied.
/// This is what validation checks and what the engines simulate.
/// </summary>
/// <param name="ReferenceTemperature">Heat is counted above this temperature (degC), so water at
/// it carries no energy.</param>
/// <param name="Facts">Values the twin records as given (management indicators, reported
/// figures), by name.</param>
public sealed record ParkModel(
    string Park,
    string Scenario,
    int Year,
    Horizon Horizon,
    double ReferenceTemperature,
    CarrierCatalog Carriers,
    IReadOnlyList<NodeSpec> Nodes,
    IReadOnlyList<ConnectionSpec> Connections,
    IReadOnlyDictionary<string, ProfileSpec> Profiles,
    Economy Economy,
    IReadOnlyDictionary<string, double> Facts,
    IReadOnlyDictionary<string, string> Sources,
    IReadOnlyList<Reconciliation.ReportedTable>? ReportedTables = null)
{
    public NodeSpec? Node(string id) => Nodes.FirstOrDefault(n => n.Id == id);
}
