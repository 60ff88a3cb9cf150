namespace Twin.Host.Tests.Support;

internal static class Repository
{
    /// <summary>The folder holding Twin.sln, found upward from the test assembly.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Twin.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"no Twin.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string Topology => Path.Combine(Root, "topology");

    /// <summary>Copies the repository's parks and the mini park into <paramref name="folder"/>/topology.</summary>
    public static string CopyTopologyInto(string folder)
    {
        var target = Path.Combine(folder, "topology");
        foreach (var file in Directory.GetFiles(Topology, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Topology, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var mini = Path.Combine(AppContext.BaseDirectory, "Parks", "mini-park.yaml");
        File.Copy(mini, Path.Combine(target, "mini-park.yaml"));
        return target;
    }
}
