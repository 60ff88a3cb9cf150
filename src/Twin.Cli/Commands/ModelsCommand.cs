using Spectre.Console.Cli;
using Twin.Domain.Processes;
using Twin.Reporting;

namespace Twin.Cli.Commands;

/// <summary><c>twin models</c>: the process models' reference in Markdown (docs/models.md).</summary>
internal sealed class ModelsCommand(TwinConsole console) : Command<TwinSettings>
{
    public override int Execute(CommandContext context, TwinSettings settings, CancellationToken cancellationToken)
    {
        console.Out.Profile.Out.Writer.Write(ModelReference.Markdown(ProcessCatalog.Default));
        return ExitCodes.Ok;
    }
}
