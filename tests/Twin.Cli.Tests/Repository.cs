namespace Twin.Cli.Tests;

/// <summary>The repository's root folder, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Twin.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName
                ?? throw new DirectoryNotFoundException("Twin.sln above " + AppContext.BaseDirectory);
        }
    }
}
