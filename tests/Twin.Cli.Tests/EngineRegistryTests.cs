using Twin.Domain.Simulation;

namespace Twin.Cli.Tests;

public sealed class EngineRegistryTests
{
    [Fact]
    public void Create_Kernel_GivesTheKernelEngine()
    {
        Assert.IsType<KernelEngine>(EngineRegistry.Default.Create("kernel"));
    }

    [Fact]
    public void Create_Grains_GivesTheInProcessOrleansEngine()
    {
        Assert.IsType<Twin.Grains.Hosting.InProcessGrainEngine>(EngineRegistry.Default.Create("grains"));
    }

    [Fact]
    public void Create_UnknownName_ThrowsInputErrorListingKnownEngines()
    {
        var failure = Assert.Throws<TwinInputException>(() => EngineRegistry.Default.Create("actors"));

        Assert.Equal("unknown engine 'actors' (known: grains, kernel)", failure.Message);
    }

    [Fact]
    public void With_AnotherEngine_KnowsAllAndLeavesTheOriginalAlone()
    {
        var registry = EngineRegistry.Default.With("other", () => new KernelEngine());

        Assert.Equal(["grains", "kernel", "other"], registry.Names);
        Assert.Equal(["grains", "kernel"], EngineRegistry.Default.Names);
    }
}
