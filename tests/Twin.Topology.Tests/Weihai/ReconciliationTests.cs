namespace Twin.Topology.Tests.Weihai;

/// <summary>
/// The inconsistencies of the plan's tables that ../shared/park/weihai-etdz.md lists must be found
/// by the twin from the printed numbers, not taken on trust.
/// </summary>
public sealed class ReconciliationTests
{
    private static readonly IReadOnlyList<string> Findings = Topology
        .Reconcile(WeihaiTopology.Load().Build("base-2020").Require())
        .Select(f => f.ToString())
        .ToArray();

    [Theory]
    [InlineData("(wastewater): the rows add up to 161.7 万t/yr, not the printed total 167.8")]
    [InlineData("haima-carpet: its share 12.41 % of 217.6 is 27.004 万t/yr, not the printed 21.1")]
    [InlineData("haima-carpet: the topology uses 27 万t/yr instead of the printed 21.1")]
    [InlineData("(cod): the rows add up to 40.1 t/yr, not the printed total 35.43")]
    [InlineData("(nh3n): the printed total 16.28 t/yr exceeds the park total 2.17 it is part of")]
    [InlineData("(energy input): the printed total 3,075,980 tce/yr exceeds the park total 2,899,100")]
    public void Reconcile_Base2020_FindsTheSourceInconsistency(string fragment)
    {
        Assert.Contains(Findings, f => f.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Reconcile_Base2020_FindsNothingElse()
    {
        Assert.Equal(7, Findings.Count);
    }
}
