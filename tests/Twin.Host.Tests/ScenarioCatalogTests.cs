using Microsoft.Extensions.Logging.Abstractions;
using Twin.Host.Scenarios;
using Twin.Host.Tests.Support;

namespace Twin.Host.Tests;

public sealed class ScenarioCatalogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ScenarioCatalog _catalog;

    public ScenarioCatalogTests()
    {
        var topology = Repository.CopyTopologyInto(_folder.Path);
        var mini = File.ReadAllText(Path.Combine(topology, "mini-park.yaml"));
        File.WriteAllText(Path.Combine(topology, "mini-b.yaml"), mini.Replace("park: mini\n", "park: mini-b\n")
            + "  - scenario: later\n    description: three years on\n    year: 2023\n");
        _catalog = ScenarioCatalog.Load(topology, NullLogger.Instance);
    }

    [Fact]
    public void Load_FoldersAndParkFiles_ServesEveryScenarioByFullName()
    {
        var ids = _catalog.Entries.Select(e => e.Id).ToArray();

        Assert.Contains("weihai-etdz:base-2020", ids);
        Assert.Contains("mini:hourly", ids);
        Assert.Contains("mini-b:hourly", ids);
        Assert.Contains("mini-b:later", ids);
    }

    [Fact]
    public void Find_BareNameOfOneParkOnly_FindsIt()
    {
        Assert.Equal("weihai-etdz:base-2020", _catalog.Find("base-2020")?.Id);
        Assert.Equal("mini-b:later", _catalog.Find("later")?.Id);
    }

    [Fact]
    public void Find_BareNameOfTwoParks_FindsNothing()
    {
        Assert.Null(_catalog.Find("hourly"));
        Assert.Equal("mini:hourly", _catalog.Find("mini:hourly")?.Id);
    }

    [Fact]
    public void BaselineOf_LaterYear_IsTheSameParksEarliestEarlierScenario()
    {
        var later = _catalog.Find("mini-b:later")!;

        Assert.Equal("mini-b:hourly", _catalog.BaselineOf(later)?.Id);
        Assert.Null(_catalog.BaselineOf(_catalog.Find("mini-b:hourly")!));
    }

    public void Dispose() => _folder.Dispose();
}
