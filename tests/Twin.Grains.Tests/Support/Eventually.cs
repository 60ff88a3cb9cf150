namespace Twin.Grains.Tests.Support;

/// <summary>Polls until a condition holds, for a bounded time, and fails with what it last saw.</summary>
internal static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        var last = "nothing yet";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var value = await read();
                if (done(value))
                {
                    return value;
                }

                last = $"{value}";
            }
            catch (Exception error) when (error is not Xunit.Sdk.XunitException)
            {
                // A silo that was just killed makes calls fail until the cluster notices.
                last = $"{error.GetType().Name}: {error.Message}";
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"{what} did not happen within {limit.TotalSeconds:0} s; last seen: {last}");
    }
}
