namespace Twin.Grains.Tests;

public sealed class FanOutTests
{
    [Fact]
    public async Task RunAsync_ManyCalls_KeepsEachResultInItsPlace()
    {
        var results = await FanOut.RunAsync(100, async i =>
        {
            await Task.Yield();
            return i * i;
        }, degree: 7);

        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * i), results);
    }

    [Fact]
    public async Task RunAsync_ManyCalls_NeverExceedsTheDegree()
    {
        var inFlight = 0;
        var most = 0;

        await FanOut.RunAsync(50, async i =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(1);
            Interlocked.Decrement(ref inFlight);
            return i;
        }, degree: 4);

        Assert.InRange(most, 1, 4);
    }

    [Fact]
    public async Task RunAsync_OneCallFails_ThrowsItOnceNoCallIsInFlight()
    {
        var inFlight = 0;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FanOut.RunAsync(20, async i =>
        {
            Interlocked.Increment(ref inFlight);
            await Task.Delay(i == 3 ? 0 : 5);
            Interlocked.Decrement(ref inFlight);
            return i == 3 ? throw new InvalidOperationException("node 3") : i;
        }, degree: 5));

        Assert.Equal("node 3", error.Message);
        Assert.Equal(0, Volatile.Read(ref inFlight));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = target) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
