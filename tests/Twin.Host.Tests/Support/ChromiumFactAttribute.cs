namespace Twin.Host.Tests.Support;

/// <summary>
/// A test in Debian's chromium (installed by scripts/setup.sh). Without it the test is skipped
/// on a developer's machine, but runs (and fails, saying why) in CI, where a skipped browser
/// test would pass for nothing.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Executable) && !ci)
        {
            Skip = $"{Executable} is missing: scripts/setup.sh installs Debian's chromium";
        }
    }

    /// <summary>The browser's path; fails the test, saying what to do, when it is missing.</summary>
    public static string RequirePath() => File.Exists(Executable)
        ? Executable
        : throw new InvalidOperationException(
            $"{Executable} is missing: run scripts/setup.sh (apt-get install chromium) before the tests");
}
