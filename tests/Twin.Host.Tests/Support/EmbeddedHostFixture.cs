namespace Twin.Host.Tests.Support;

/// <summary>
/// One host on the embedded default, started as a user would: in a working folder holding
/// topology/, with no TWIN_* settings, only its ports given. Shared by the API tests.
/// </summary>
public sealed class EmbeddedHostFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    private HostProcess? _host;

    internal HostProcess Host => _host ?? throw new InvalidOperationException("the host did not start");

    public string WorkingDirectory => _folder.Path;

    public async Task InitializeAsync()
    {
        Repository.CopyTopologyInto(_folder.Path);
        _host = await HostProcess.StartAsync(_folder.Path, HostPorts.Free(), new Dictionary<string, string>());
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
