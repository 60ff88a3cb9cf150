using Twin.Grains.Abstractions;

namespace Twin.Grains.Tests;

public sealed class GrainKeysTests
{
    [Fact]
    public void Node_OfTwoScenarios_NeverShareAKey()
    {
        var base2020 = GrainKeys.Node(GrainKeys.Scenario("weihai-etdz", "base-2020"), "chp");
        var phase1 = GrainKeys.Node(GrainKeys.Scenario("weihai-etdz", "reclaimed-phase1"), "chp");

        Assert.NotEqual(base2020, phase1);
        Assert.Equal("weihai-etdz:base-2020/chp", base2020);
    }

    [Fact]
    public void SplitNode_OfANodeKey_GivesScenarioAndNode()
    {
        var (scenario, node) = GrainKeys.SplitNode("weihai-etdz:base-2020/huaneng-chp");

        Assert.Equal(("weihai-etdz:base-2020", "huaneng-chp"), (scenario, node));
    }
}
