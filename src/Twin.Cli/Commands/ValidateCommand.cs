using Spectre.Console;
using Spectre.Console.Cli;
using Twin.Topology;
using ParkTopology = Twin.Topology.Topology;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin validate &lt;topology&gt;</c>: every problem of the park and of each scenario, one per
/// line as "path:line: subject: message" on standard error and exit 2; else a summary and 0.
/// </summary>
internal sealed class ValidateCommand(TwinConsole console) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings,
        CancellationToken cancellationToken)
    {
        var topology = TopologyLoader.Load(settings.Topology);
        var issues = topology.ValidateAll();
        if (issues.Count > 0)
        {
            foreach (var issue in issues)
            {
                console.Error.Line(issue.ToString());
            }

            console.Error.Line($"twin: {settings.Topology}: {Count(issues.Count, "problem")}");
            return ExitCodes.BadInput;
        }

        var park = topology.Build(ParkTopology.ParkScenario).Model!;
        console.Out.Line($"{settings.Topology}: valid: park '{topology.Park}', "
            + $"{Count(park.Nodes.Count, "node")}, {Count(park.Connections.Count, "connection")}, "
            + $"{Count(topology.Scenarios.Count, "scenario")}");

        // The printed source tables' inconsistencies are warnings: the topology says what it uses.
        foreach (var finding in ParkTopology.Reconcile(park))
        {
            console.Out.Line($"warning: {finding}");
        }

        return ExitCodes.Ok;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
