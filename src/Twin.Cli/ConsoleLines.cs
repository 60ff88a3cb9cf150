using Spectre.Console;

namespace Twin.Cli;

/// <summary>
/// Writes a line as it is, bypassing Spectre's wrapping and markup, for lines that scripts
/// read (validation issues, error messages): a wrapped "path:line:" message no longer parses.
/// </summary>
internal static class ConsoleLines
{
    public static void Line(this IAnsiConsole console, string text) =>
        console.Profile.Out.Writer.WriteLine(text);
}
