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
    public void Create_UnknownName_ThrowsInputErrorListingKnownEngines()
    {
        var failure = Assert.Throws<TwinInputException>(() => EngineRegistry.Default.Create("grains"));

        Assert.Equal("unknown engine 'grains' (known: kernel)", failure.Message);
    }

    [Fact]
    public void With_AnotherEngine_KnowsBothAndLeavesTheOriginalAlone()
    {
        var registry = EngineRegistry.Default.With("grains", () => new KernelEngine());

        Assert.Equal(["grains", "kernel"], registry.Names);
        Assert.Equal(["kernel"], EngineRegistry.Default.Names);
    }
}
