using Spectre.Console;

namespace Twin.Cli;

/// <summary>
/// Where <c>twin</c> writes: results to <see cref="Out"/>, problems to <see cref="Error"/>.
/// A progress display appears only when <see cref="ShowsProgress"/>, i.e. on a terminal, so
/// that redirected output holds results and nothing else.
/// </summary>
public sealed record TwinConsole(IAnsiConsole Out, IAnsiConsole Error, bool ShowsProgress)
{
    /// <summary>
    /// Width for output that is not a terminal: wide enough that the indicator table is not
    /// wrapped into unreadable columns in a log file.
    /// </summary>
    public const int RedirectedWidth = 160;

    /// <summary>The process's standard output and error.</summary>
    public static TwinConsole ForProcess()
    {
        var outTerminal = !Console.IsOutputRedirected;
        var errorTerminal = !Console.IsErrorRedirected;
        return new TwinConsole(Create(Console.Out, outTerminal), Create(Console.Error, errorTerminal),
            outTerminal);
    }

    /// <summary>Plain text into two writers, without colours or progress (for tests and embedding).</summary>
    public static TwinConsole ForWriters(TextWriter output, TextWriter error) =>
        new(Create(output, terminal: false), Create(error, terminal: false), ShowsProgress: false);

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
