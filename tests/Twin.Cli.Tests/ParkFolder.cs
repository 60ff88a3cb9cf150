namespace Twin.Cli.Tests;

/// <summary>
/// A scratch folder holding a copy of the mini park (tests/Twin.Topology.Tests/Corpus), which
/// tests may alter, and room for run folders. Deleted when the test ends.
/// </summary>
public sealed class ParkFolder : IDisposable
{
    /// <summary>The mini park's boundary nodes, as its file declares them.</summary>
    public static readonly IReadOnlySet<string> Boundaries =
        new HashSet<string>(["reservoir", "sea", "market", "grid", "air", "buyer", "city"]);

    /// <summary>The mini park's other nodes, whose water and energy must balance.</summary>
    public static readonly IReadOnlyList<string> Inner = ["works", "factory", "chp", "wwtp", "reclaim"];

    public ParkFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "twin-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        ParkFile = Path.Combine(Root, "mini-park.yaml");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "mini-park.yaml"), ParkFile);
    }

    public string Root { get; }

    public string ParkFile { get; }

    public string Text
    {
        get => File.ReadAllText(ParkFile);
        set => File.WriteAllText(ParkFile, value);
    }

    public string Folder(string name) => Path.Combine(Root, name);

    /// <summary>The 1-based line of the park file on which <paramref name="text"/> first appears.</summary>
    public int LineOf(string text) =>
        Array.FindIndex(File.ReadAllLines(ParkFile), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
