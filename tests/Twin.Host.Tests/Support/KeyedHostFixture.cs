namespace Twin.Host.Tests.Support;

/// <summary>A host started with TWIN_API_KEY set, for the tests of write access.</summary>
public sealed class KeyedHostFixture : IAsyncLifetime
{
    public const string Key = "test-key-7f3a9c0e";

    private readonly TempFolder _folder = new();

    private HostProcess? _host;

    internal HostProcess Host => _host ?? throw new InvalidOperationException("the host did not start");

    public async Task InitializeAsync()
    {
        Repository.CopyTopologyInto(_folder.Path);
        _host = await HostProcess.StartAsync(_folder.Path, HostPorts.Free(),
            new Dictionary<string, string> { ["TWIN_API_KEY"] = Key });
    }

    public async Task DisposeAsync()
    {
        if (_host is { } host)
        {
            await host.DisposeAsync();
        }

        _folder.Dispose();
    }
}
