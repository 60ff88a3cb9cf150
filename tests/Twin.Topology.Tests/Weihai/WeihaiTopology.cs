using Twin.Topology;

namespace Twin.Topology.Tests.Weihai;

/// <summary>Finds the repository's topology/weihai-etdz folder from the test's output folder.</summary>
internal static class WeihaiTopology
{
    public static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Twin.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Twin.sln"),
                "topology", "weihai-etdz");
        }
    }

    public static Topology Load() => TopologyLoader.Load(Folder);
}
