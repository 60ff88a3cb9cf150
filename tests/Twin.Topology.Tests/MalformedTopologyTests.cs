using Twin.Domain.Validation;

namespace Twin.Topology.Tests;

public class MalformedTopologyTests
{
    public static TheoryData<string, int, string, string> Malformed => MalformedCorpus.Rows();

    [Theory]
    [MemberData(nameof(Malformed))]
    public void ValidateAll_MalformedFile_ReportsItsDefectAtItsLine(string file, int line, string subject,
        string fragment)
    {
        var path = CorpusFile.Of("Malformed", file);

        var issues = TopologyLoader.Load(path).ValidateAll();

        var matching = issues.Where(i => i.Location.Line == line && i.Subject == subject
            && i.Message.Contains(fragment, StringComparison.Ordinal)).ToArray();
        Assert.True(matching.Length == 1,
            $"expected one issue at line {line} about {subject}: ...{fragment}..., got:\n{Listing(issues)}");
        Assert.Equal(path, matching[0].Location.Path);
        Assert.Equal($"{path}:{line}: {subject}: {matching[0].Message}", matching[0].ToString());
    }

    [Fact]
    public void ValidateAll_MiniPark_ReportsNothing()
    {
        var topology = TopologyLoader.Load(CorpusFile.Of("mini-park.yaml"));

        var issues = topology.ValidateAll();

        Assert.True(issues.Count == 0, Listing(issues));
        Assert.Equal(["hourly"], topology.Scenarios);
    }

    [Fact]
    public void ValidateAll_TwoDefects_ReportsBoth()
    {
        var path = CorpusFile.Of("two-defects.yaml");

        var issues = TopologyLoader.Load(path).ValidateAll();

        Assert.Equal(
        [
            $"{path}:38: node 'works': unknown source 'tset': list it under sources",
            $"{path}:70: connection reservoirs -> works: unknown node 'reservoirs'",
        ], issues.Select(i => i.ToString()));
    }

    [Fact]
    public void ValidateAll_ParameterAboveItsLimit_ReportsOnlyThatParameter()
    {
        var path = CorpusFile.Of("Malformed", "fraction-above-limit.yaml");

        var issues = TopologyLoader.Load(path).ValidateAll();

        // Checking the coefficients with a stack loss of 80 % would wrongly blame the coal rates.
        var issue = Assert.Single(issues);
        Assert.Equal(59, issue.Location.Line);
    }

    [Fact]
    public void Corpus_EveryMalformedFile_HasOneRowAndSaysWhatIsWrong()
    {
        var files = Directory.GetFiles(CorpusFile.Of("Malformed"), "*.yaml")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        var rows = MalformedCorpus.Cases.Select(c => c.File).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(files, rows);
        Assert.True(files.Length >= 30, $"only {files.Length} malformed files");
        Assert.All(files, file =>
            Assert.StartsWith("# DEFECT: ", File.ReadLines(CorpusFile.Of("Malformed", file!)).First()));
    }

    private static string Listing(IEnumerable<ValidationIssue> issues) =>
        string.Join(Environment.NewLine, issues);
}
