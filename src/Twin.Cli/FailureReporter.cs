using Spectre.Console;
using Spectre.Console.Cli;
using Twin.Domain.Simulation;
using Twin.Domain.Validation;
using Twin.Reporting;

namespace Twin.Cli;

/// <summary>
/// Turns what a command threw into a message on standard error and an exit code: bad input
/// is 2 and names what is wrong; anything else is 1, in one line with the exception's type,
/// and the stack trace only when asked for (--debug or TWIN_DEBUG=1).
/// </summary>
internal sealed class FailureReporter(IAnsiConsole error, bool debug)
{
    public int Report(Exception failure)
    {
        switch (failure)
        {
            case TwinInputException input:
                return BadInput(input.Message, input.Details);
            case TopologyException topology:
                return BadInput("the topology is not valid", topology.Issues.Select(i => i.ToString()));
            case RunFolderException folder:
                return BadInput(folder.Message, []);
            case CommandAppException command:
                return BadCommand(command);
            case ConvergenceException convergence:
                return Internal($"twin: {convergence.Message}", convergence);
            case OperationCanceledException:
                error.Line("twin: cancelled before the run finished; no files were written");
                return ExitCodes.InternalFailure;
            default:
                return Internal($"twin: internal failure: {FirstLine(failure.Message)} "
                    + $"({failure.GetType().FullName})", failure);
        }
    }

    private int BadInput(string message, IEnumerable<string> details)
    {
        foreach (var line in details)
        {
            error.Line(line);
        }

        error.Line($"twin: {message}");
        return ExitCodes.BadInput;
    }

    private int BadCommand(CommandAppException command)
    {
        if (command.Pretty is { } pretty)
        {
            error.Write(pretty);
        }
        else
        {
            error.Line($"twin: {command.Message}");
        }

        return ExitCodes.BadInput;
    }

    private int Internal(string message, Exception failure)
    {
        error.Line(message);
        error.Line(debug ? failure.ToString() : "twin: run with --debug or TWIN_DEBUG=1 for the stack trace");
        return ExitCodes.InternalFailure;
    }

    private static string FirstLine(string text) =>
        text.Split('\n', 2)[0].TrimEnd('\r');
}
