using Twin.Domain.Processes;
using Twin.Domain.Simulation;

namespace Twin.Topology.Tests.Profiles;

/// <summary>Daily and ramp profiles, and availability: a plant ramping up offers a share of its capacity.</summary>
public sealed class ProfileKindsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"twin-profiles-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Run_ReclaimedPlantRampingUp_OffersItsAvailableShareOfCapacity()
    {
        // The plant (1,000 m3/d) ramps from 0 % on 1 January to 100 % on 31 January (day 0 to
        // day 30), so on day d it may make 1,000 * d / 30 t; the CHP asks far more. Over the
        // first 31 days it makes 1,000 * (0 + 1 + ... + 30) / 30 = 1,000 * 465 / 30 = 15,500 t.
        var park = Load(Profiles("""
          ramp-up:
            kind: ramp
            start: 01-01
            end: 01-31
            from: 0 %
            to: 100 %
            source: test
        """), "reclaim", "ramp-up", days: 31);

        var result = new KernelEngine().Run(ParkNetwork.Build(park, ProcessCatalog.Default));

        var product = result.Edges.Single(e => e.Connection.Key == "reclaim->chp:reclaimed-water").Flow;
        Assert.Equal(0, product[0], 9);
        Assert.Equal(500, product[15], 9);
        Assert.Equal(15_500, product.Sum(), 6);
    }

    [Fact]
    public void Validate_PlantWithALoadShape_AsksForAnAvailability()
    {
        var topology = Write(Profiles($"""
          shape:
            kind: daily
            values: [{string.Join(", ", Enumerable.Repeat("1", 365))}]
            source: test
        """), "reclaim", "shape");

        var issue = Assert.Single(topology.ValidateAll());

        Assert.Contains("profile is its availability, but profile 'shape' is a load shape", issue.Message);
    }

    [Fact]
    public void Validate_DailyProfileOfTheWrongLength_SaysHowManyDays()
    {
        var topology = Write(Profiles("""
          short:
            kind: daily
            values: [1, 2, 3]
            source: test
        """), "factory", "short");

        Assert.Contains(topology.ValidateAll(), i => i.Message.Contains("must hold 365 numbers, one per day, not 3"));
    }

    [Fact]
    public void Validate_AvailabilityAboveOne_IsRejected()
    {
        var topology = Write(Profiles("""
          over:
            kind: monthly
            availability: true
            values: [1, 1, 1, 1, 1, 1.2, 1, 1, 1, 1, 1, 1]
            source: test
        """), "factory", "over");

        Assert.Contains(topology.ValidateAll(), i => i.Message.Contains("must lie between 0 and 1"));
    }

    private static string Profiles(string body) => "profiles:\n" + body.TrimEnd() + "\n";

    private Twin.Domain.Model.ParkModel Load(string profiles, string node, string profile, int days)
    {
        var topology = Write(profiles, node, profile, days);
        return topology.Build(Topology.ParkScenario).Require();
    }

    /// <summary>The mini park with the given profiles and one node on a profile.</summary>
    private Topology Write(string profiles, string node, string profile, int days = 365)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "mini-park.yaml"));
        text = text.Replace("profiles:\n", profiles, StringComparison.Ordinal)
            .Replace("days: 365, step: day", $"days: {days}, step: day", StringComparison.Ordinal)
            .Replace($"  - id: {node}\n", $"  - id: {node}\n    profile: {profile}\n", StringComparison.Ordinal);
        File.WriteAllText(_file, text);
        return TopologyLoader.Load(_file);
    }
}
