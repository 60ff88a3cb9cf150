using Twin.Domain.Accounting;

namespace Twin.Reporting.Documents;

/// <summary>
/// balance.json: every node's balances and the park's (what crosses the boundary nodes), over
/// the whole horizon. Boundary nodes are listed but not balanced themselves.
/// </summary>
public sealed record BalanceDocument(
    string Scenario,
    HorizonDocument Horizon,
    string Step,
    int Sweeps,
    IReadOnlyList<NodeBalanceDocument> Nodes,
    IReadOnlyDictionary<string, QuantityDocument> Park)
{
    public static BalanceDocument From(RunReport report)
    {
        var park = report.Result.Park;
        return new BalanceDocument(park.Scenario, HorizonDocument.From(park.Horizon),
            HorizonDocument.StepName(park.Horizon.Step), report.Result.Sweeps,
            report.Nodes.Select(NodeBalanceDocument.From).ToArray(), QuantityDocument.Map(report.Park));
    }
}
