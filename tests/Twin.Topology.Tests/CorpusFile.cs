namespace Twin.Topology.Tests;

/// <summary>Paths into the test corpus, which the build copies next to the test assembly.</summary>
public static class CorpusFile
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string Of(params string[] parts) => Path.Combine([Folder, .. parts]);
}
