using Microsoft.Extensions.Configuration;
using Twin.Host.Security;

namespace Twin.Host.Tests;

public sealed class BindingGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5081")]
    public void OpenAddresses_LoopbackOnly_IsEmpty(string urls)
    {
        Assert.Empty(BindingGuard.OpenAddresses(Configuration(urls)));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.0.2.4:5080")]
    [InlineData("http://twin.example:5080")]
    public void OpenAddresses_BeyondLoopback_NamesThem(string urls)
    {
        Assert.Equal([urls], BindingGuard.OpenAddresses(Configuration(urls)));
    }

    [Fact]
    public void OpenAddresses_KestrelEndpointBeyondLoopback_NamesIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5080",
            ["Kestrel:Endpoints:Public:Url"] = "http://0.0.0.0:6000",
        }).Build();

        Assert.Equal(["http://0.0.0.0:6000"], BindingGuard.OpenAddresses(configuration));
    }

    private static IConfiguration Configuration(string urls) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls })
        .Build();
}
