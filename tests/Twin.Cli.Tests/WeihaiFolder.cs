namespace Twin.Cli.Tests;

/// <summary>The repository's Weihai topology, and a scratch folder for run folders.</summary>
public sealed class WeihaiFolder : IDisposable
{
    public static string Topology => Path.Combine(Repository.Root, "topology", "weihai-etdz");

    public string Root { get; } =
        Path.Combine(Path.GetTempPath(), "twin-weihai", Guid.NewGuid().ToString("N"));

    public string Folder(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
