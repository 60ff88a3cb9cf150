namespace Twin.Grains;

/// <summary>
/// Calls many grains where the order does not matter, with a bounded number of calls in
/// flight so that a large park does not flood the silo with thousands of requests at once.
/// </summary>
internal static class FanOut
{
    public const int Degree = 32;

    /// <summary>
    /// Runs <paramref name="call"/> for 0..count-1. When a call fails, no new call starts, the
    /// ones in flight are awaited (so none fails unobserved), and the first failure is thrown.
    /// </summary>
    public static async Task<T[]> RunAsync<T>(int count, Func<int, Task<T>> call, int degree = Degree)
    {
        var results = new T[count];
        var running = new List<Task>(degree);
        Exception? failure = null;
        var next = 0;

        while (running.Count > 0 || (next < count && failure is null))
        {
            while (failure is null && next < count && running.Count < degree)
            {
                var index = next++;
                running.Add(Store(index));
            }

            var done = await Task.WhenAny(running);
            running.Remove(done);
            if (done.Exception is { } error && failure is null)
            {
                failure = error.InnerException ?? error;
            }
        }

        return failure is null ? results : throw failure;

        async Task Store(int index) => results[index] = await call(index);
    }
}
