using Twin.Domain.Accounting;
using Twin.Domain.Graph;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;
using Twin.Domain.Synthetic;
using Twin.Domain.Validation;

namespace Twin.Domain.Tests.Synthetic;

public sealed class SyntheticParkTests
{
    private static readonly Horizon Month = new(new DateOnly(2020, 1, 1), 30, StepLength.Day);

    [Theory]
    [InlineData(20)]
    [InlineData(150)]
    public void Generate_AnySize_IsValidHasLoopsAndBalances(int nodes)
    {
        var park = SyntheticPark.Generate(nodes, Month, seed: 7);

        Assert.Empty(new ParkValidator().Validate(park));
        Assert.InRange(park.Nodes.Count, nodes, nodes + 20);
        Assert.NotEmpty(new ParkGraph(park).Loops());

        var result = new KernelEngine().Run(ParkNetwork.Build(park, ProcessCatalog.Default));
        Assert.True(new BalanceSheet(result).WorstStep().Residual < 1e-9);
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSamePark()
    {
        var first = SyntheticPark.Generate(100, Month, seed: 3);
        var second = SyntheticPark.Generate(100, Month, seed: 3);

        Assert.Equal(first.Connections.Select(c => c.Key), second.Connections.Select(c => c.Key));
        Assert.Equal(first.Nodes.SelectMany(n => n.Parameters.Values.Select(p => p.Text)),
            second.Nodes.SelectMany(n => n.Parameters.Values.Select(p => p.Text)));
    }
}
