namespace Twin.Host.Tests.Support;

/// <summary>The test classes that share one embedded host: starting a host costs more than most tests.</summary>
[CollectionDefinition(Name)]
public sealed class EmbeddedHostCollection : ICollectionFixture<EmbeddedHostFixture>
{
    public const string Name = "embedded host";
}
