using Twin.Domain.Model;
using Twin.Domain.Validation;

namespace Twin.Topology.Tests;

public class FolderLoadingTests
{
    [Fact]
    public void Load_Folder_ReadsTheParkAndEveryScenarioFile()
    {
        var topology = TopologyLoader.Load(CorpusFile.Of("folder-park"));

        var issues = topology.ValidateAll();

        Assert.True(issues.Count == 0, Listing(issues));
        Assert.Equal("folder", topology.Park);
        Assert.Equal(["treatment", "treatment-hourly"], topology.Scenarios);
    }

    [Fact]
    public void Build_OverlayInItsOwnFile_AppliesItsChanges()
    {
        var folder = CorpusFile.Of("folder-park");

        var model = TopologyLoader.Load(folder).Build("treatment").Require();

        var wastewater = model.Node("factory")!.Parameters["wastewater"];
        Assert.Equal("1.6 Mt/yr", wastewater.Text);
        var overlay = Path.Combine(folder, "scenarios", "treatment.yaml");
        Assert.Equal(new SourceLocation(overlay, 7), wastewater.Location);
        Assert.Equal(2023, model.Year);
        Assert.NotNull(model.Node("wwtp"));
        Assert.DoesNotContain(model.Connections, c => c.Key == "factory->sea:wastewater");
        Assert.Contains(model.Connections, c => c.Key == "factory->wwtp:wastewater");
    }

    [Fact]
    public void Build_OverlayOnABaseInAnotherFile_KeepsTheBaseChanges()
    {
        var topology = TopologyLoader.Load(CorpusFile.Of("folder-park"));

        var model = topology.Build("treatment-hourly").Require();

        Assert.Equal(new Horizon(new DateOnly(2023, 1, 1), 365, StepLength.Hour), model.Horizon);
        Assert.NotNull(model.Node("wwtp"));
        Assert.Equal("1.6 Mt/yr", model.Node("factory")!.Parameters["wastewater"].Text);
    }

    [Fact]
    public void ValidateAll_BrokenOverlayFiles_ReportTheirOwnPathAndLine()
    {
        var folder = CorpusFile.Of("folder-park-broken");
        var broken = Path.Combine(folder, "scenarios", "broken.yaml");
        var unreadable = Path.Combine(folder, "scenarios", "unreadable.yaml");

        var issues = TopologyLoader.Load(folder).ValidateAll().Select(i => i.ToString()).ToArray();

        Assert.Equal(5, issues.Length);
        Assert.Equal(
        [
            $"{broken}:6: scenario 'broken': changes node 'boiler', which does not exist in its base",
            $"{broken}:7: node 'works': parameter 'capacity': unknown unit 'm3/day' in '30000 m3/day'",
            $"{broken}:9: scenario 'broken': removes connection works->factory:reclaimed-water, "
                + "which does not exist",
            $"{broken}:11: connection works -> port: unknown node 'port'",
        ], issues[..4]);
        Assert.StartsWith($"{unreadable}:3: file: YAML syntax: ", issues[4]);
    }

    [Fact]
    public void Load_FolderWithoutParkFile_ReportsTheMissingFile()
    {
        var folder = CorpusFile.Of("Malformed");

        var issue = Assert.Single(TopologyLoader.Load(folder).ValidateAll());

        Assert.Equal($"{folder}:0: topology: no park.yaml in this folder", issue.ToString());
    }

    [Fact]
    public void Load_PathThatDoesNotExist_ReportsIt()
    {
        var path = CorpusFile.Of("no-such-park");

        var issue = Assert.Single(TopologyLoader.Load(path).ValidateAll());

        Assert.Equal($"{path}:0: topology: no such file or folder", issue.ToString());
    }

    private static string Listing(IEnumerable<ValidationIssue> issues) =>
        string.Join(Environment.NewLine, issues);
}
