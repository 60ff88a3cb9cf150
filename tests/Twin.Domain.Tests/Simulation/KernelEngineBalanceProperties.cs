using FsCheck.Xunit;
using Twin.Domain.Accounting;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;
using Twin.Domain.Tests.TestParks;
using Twin.Domain.Tests.TestParks.Random;
using Twin.Domain.Validation;

namespace Twin.Domain.Tests.Simulation;

/// <summary>
/// Properties of random valid parks run by the kernel (see <see cref="RandomParks"/>): the
/// validator accepts them, they converge, and water and energy balance at every non-boundary
/// node in every step to 1e-9 relative, as the design requires. Four in five parks run 30
/// days at a daily step, one in five 3 days at an hourly step; 50 parks per property.
/// </summary>
public sealed class KernelEngineBalanceProperties
{
    // What is checked here is the balance at the fixed point, not how fast it is reached. A
    // grid boundary that takes a CHP's electricity and supplies the users closes a loop through
    // most of the park, and such parks can need more than the default 400 sweeps.
    private static readonly SimulationOptions Patient = new(MaxSweeps: 5000);

    [Property(MaxTest = 50, Arbitrary = [typeof(RandomParks)])]
    public void Validate_RandomPark_FindsNoIssues(GeneratedPark generated)
    {
        var issues = new ParkValidator().Validate(generated.Park);

        Assert.True(issues.Count == 0, string.Join(Environment.NewLine, issues));
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(RandomParks)])]
    public void Run_RandomPark_BalancesEveryNodeAtEveryStep(GeneratedPark generated)
    {
        var run = ParkRun.Of(generated.Park, Patient);

        var worst = run.Balance.WorstStep();
        Assert.True(worst.Residual <= Expect.Relative, $"worst step {worst}");

        // Checked again step by step through the public per-period balance, so that the
        // property does not rest on WorstStep alone.
        foreach (var node in generated.Park.Nodes.Where(n => n.Kind != ProcessCatalog.BoundaryKind))
        {
            Expect.Balanced(run, node.Id);
        }
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(RandomParks)])]
    public void Run_RandomPark_BalancesTheParkAcrossItsBoundary(GeneratedPark generated)
    {
        var run = ParkRun.Of(generated.Park, Patient);

        // What crosses the boundary nodes, less what the nodes inside store, is zero when
        // every node inside balances.
        var conserved = run.Balance.Park()
            .Where(q => q.Quantity is BalanceSheet.Water or BalanceSheet.Energy);
        foreach (var quantity in conserved)
        {
            Assert.True(quantity.RelativeResidual <= Expect.Relative, $"park {quantity}");
        }
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(RandomParks)])]
    public void Run_RandomPark_SendsNoNegativeFlow(GeneratedPark generated)
    {
        var run = ParkRun.Of(generated.Park, Patient);

        foreach (var edge in run.Result.Edges)
        {
            var scale = Math.Max(1, edge.Flow.Max(Math.Abs));
            var least = edge.Flow.Min();
            Assert.True(least >= -Expect.Relative * scale, $"{edge.Connection.Key} carries {least:G6}");
        }
    }
}
