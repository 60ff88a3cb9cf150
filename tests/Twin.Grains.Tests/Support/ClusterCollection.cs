namespace Twin.Grains.Tests.Support;

/// <summary>Every test on the three-silo cluster runs in this collection, one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
