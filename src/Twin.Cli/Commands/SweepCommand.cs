using Spectre.Console.Cli;
using Twin.Cli.Output;
using Twin.Cli.Running;
using Twin.Domain.Analysis;
using Twin.Topology;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin sweep</c>: a reclaimed-water plant's uptake from zero to the most the system takes,
/// with fresh water saved, effluent to sea and concentrate at each step, and what binds at the top.
/// </summary>
internal sealed class SweepCommand(TwinConsole console, EngineRegistry engines)
    : AsyncCommand<SweepSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SweepSettings settings,
        CancellationToken cancellationToken)
    {
        await using var lease = engines.Lease(settings.Engine);
        var engine = lease.Engine;
        var park = RunPlan.Prepare(TopologyLoader.Load(settings.Topology), settings.Scenario,
            settings.StepOverride).Park;
        try
        {
            ReclaimedNetwork.Find(park, settings.Plant);
        }
        catch (ArgumentException failure)
        {
            throw new TwinInputException(failure.Message.Split(" (Parameter")[0]);
        }

        var result = await UptakeSweep.RunAsync(park, settings.Plant, settings.Steps, engine,
            cancellationToken);
        new UptakeSweepView(console.Out).Show(park, result);
        return ExitCodes.Ok;
    }
}
