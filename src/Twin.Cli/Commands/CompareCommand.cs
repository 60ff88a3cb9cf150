using Spectre.Console.Cli;
using Twin.Cli.Output;
using Twin.Reporting;

namespace Twin.Cli.Commands;

/// <summary><c>twin compare &lt;dirA&gt; &lt;dirB&gt;</c>: what changed from run A to run B.</summary>
internal sealed class CompareCommand(TwinConsole console) : Command<CompareSettings>
{
    public override int Execute(CommandContext context, CompareSettings settings,
        CancellationToken cancellationToken)
    {
        var a = RunFolderReader.Read(settings.A);
        var b = RunFolderReader.Read(settings.B);

        new ComparisonView(console.Out).Show(a, b);
        return ExitCodes.Ok;
    }
}
