using Twin.Grains.Hosting;
using Twin.Grains.Tests.Support;

namespace Twin.Grains.Tests;

[Trait("Category", "Cluster")]
public sealed class InProcessGrainEngineTests
{
    [Fact]
    public async Task RunAsync_OnItsOwnSilo_AgreesWithKernel()
    {
        var park = TestParks.Weihai();
        await using var engine = new InProcessGrainEngine();

        var first = await engine.RunAsync(park);
        var second = await engine.RunAsync(TestParks.Mini());

        Assert.Equal("grains", engine.Name);
        Agreement.SameRun(TestParks.KernelResult(park), first);
        Agreement.SameRun(TestParks.KernelResult(TestParks.Mini()), second);
    }
}
