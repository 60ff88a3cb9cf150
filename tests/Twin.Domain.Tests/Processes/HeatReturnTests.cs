using Twin.Domain.Processes;

namespace Twin.Domain.Tests.Processes;

/// <summary>The return share r = (Tr - Tref) / (Ts - Tref) of <see cref="HeatReturn"/>.</summary>
public sealed class HeatReturnTests
{
    [Fact]
    public void Share_Primary110Over50_Is38Over98()
    {
        // (50 - 12) / (110 - 12) = 38 / 98 = 0.387755102
        Assert.Equal(38.0 / 98.0, HeatReturn.Share(110, 50, 12), 15);
    }

    [Fact]
    public void Share_ReturnAtReference_IsZero()
    {
        Assert.Equal(0, HeatReturn.Share(110, 12, 12));
    }

    [Fact]
    public void Share_SupplyNotAboveReference_IsZero()
    {
        Assert.Equal(0, HeatReturn.Share(10, 5, 12));
    }

    [Fact]
    public void Share_ReturnAboveSupply_IsCappedBelowOne()
    {
        // A share of 1 would ask an infinite gross flow (net / (1 - r)); the cap keeps it finite.
        Assert.Equal(0.99, HeatReturn.Share(80, 90, 12));
    }
}
