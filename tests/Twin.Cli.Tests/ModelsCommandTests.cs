namespace Twin.Cli.Tests;

public sealed class ModelsCommandTests
{
    [Fact]
    public async Task Models_Always_MatchesDocsModelsMd()
    {
        // docs/models.md is made by `twin models > docs/models.md`; this keeps the two in step.
        var result = await Cli.RunAsync("models");

        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "models.md"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(docs.ReplaceLineEndings(), result.Out.ReplaceLineEndings());
    }
}
