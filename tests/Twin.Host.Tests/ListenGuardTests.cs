using Twin.Host.Tests.Support;

namespace Twin.Host.Tests;

/// <summary>A host bound beyond loopback without a key refuses to start.</summary>
[Trait("Category", "Cluster")]
public sealed class ListenGuardTests
{
    [Fact]
    public async Task Start_OnAllAddressesWithoutKey_ExitsWithTheReason()
    {
        using var work = new TempFolder();
        var port = FreePorts.Next();

        var (exit, output) = await HostProcess.RunCommandAsync(work.Path, ["--urls", $"http://0.0.0.0:{port}"],
            new Dictionary<string, string>());

        Assert.Equal(2, exit);
        Assert.Contains("TWIN_API_KEY", output);
        Assert.Contains($"http://0.0.0.0:{port}", output);
    }
}
