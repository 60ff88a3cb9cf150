using Twin.Domain.Accounting;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;
using Twin.Domain.Validation;

namespace Twin.Domain.Tests.TestParks;

/// <summary>A park run by the kernel engine, with short ways to read its flows and terms.</summary>
internal sealed class ParkRun
{
    private ParkRun(ParkModel park, SimulationResult result)
    {
        Park = park;
        Result = result;
        Balance = new BalanceSheet(result);
    }

    public ParkModel Park { get; }

    public SimulationResult Result { get; }

    public BalanceSheet Balance { get; }

    public int Steps => Park.Horizon.Steps;

    /// <summary>
    /// Validates the park and runs it. A test park that does not validate is a broken test,
    /// so the validator's issues fail it with their text.
    /// </summary>
    public static ParkRun Of(ParkModel park, SimulationOptions? options = null)
    {
        var issues = new ParkValidator().Validate(park);
        Assert.True(issues.Count == 0, string.Join(Environment.NewLine, issues));

        var network = ParkNetwork.Build(park, ProcessCatalog.Default);
        return new ParkRun(park, new KernelEngine(options).Run(network));
    }

    /// <summary>The flow per step on one connection.</summary>
    public double[] Flow(string from, string to, string carrier) =>
        Result.Edges.Single(e => e.Connection.From == from && e.Connection.To == to
            && e.Connection.Carrier == carrier).Flow;

    /// <summary>The flow on one connection in one step (the first unless stated).</summary>
    public double At(string from, string to, string carrier, int step = 0) =>
        Flow(from, to, carrier)[step];

    public double Total(string from, string to, string carrier) => Flow(from, to, carrier).Sum();

    public NodeTerms Terms(string node) => Result.Nodes.Single(n => n.Node.Id == node).Terms;

    /// <summary>A named shortfall of a node in one step; 0 when the node never reported it.</summary>
    public double Shortfall(string node, string name, int step = 0) =>
        Terms(node).Shortfalls.TryGetValue(name, out var series) ? series[step] : 0;

    public double Transformed(string node, string carrier, int step = 0) =>
        Terms(node).Transformed.TryGetValue(carrier, out var series) ? series[step] : 0;

    public double Detail(string node, string name, int step = 0) => Terms(node).Details[name][step];

    /// <summary>A node's balance of one quantity over one step.</summary>
    public QuantityBalance Quantity(string node, string quantity, int step = 0) =>
        Balance.Node(node, step, step + 1).Quantities.Single(q => q.Quantity == quantity);
}
