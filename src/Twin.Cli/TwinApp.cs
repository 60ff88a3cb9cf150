using Spectre.Console.Cli;
using Twin.Cli.Commands;

namespace Twin.Cli;

/// <summary>
/// The <c>twin</c> command line: validate, run and compare. It writes only to the console it
/// is given, so tests and other hosts can run it in process and read what it printed.
/// </summary>
public sealed class TwinApp(TwinConsole console, EngineRegistry engines, bool debug = false)
{
    public const string DebugOption = "--debug";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellation = default)
    {
        // Read before parsing, so that even a failure to parse honours the flag.
        var failures = new FailureReporter(console.Error, debug || args.Contains(DebugOption));
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("twin");
            config.ConfigureConsole(console.Out);

            // A mistyped option (--stpe hour) must fail, not run with the scenario's own step.
            config.UseStrictParsing();
            config.SetExceptionHandler((failure, _) => failures.Report(failure));
            config.Settings.Registrar.RegisterInstance(console);
            config.Settings.Registrar.RegisterInstance(engines);
            config.Settings.Registrar.RegisterInstance(TimeProvider.System);
            AddCommands(config);
        });

        return await app.RunAsync(args, cancellation);
    }

    private static void AddCommands(IConfigurator config)
    {
        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check a topology and every scenario in it.")
            .WithExample("validate", "topology/weihai-etdz");
        config.AddCommand<RunCommand>("run")
            .WithDescription("Run a scenario and write flows.csv, balance.json, totals.json, "
                + "indicators.json and run.json.")
            .WithExample("run", "topology/weihai-etdz", "--scenario", "base-2020", "--out", "out/base-2020");
        config.AddCommand<CapacityCommand>("capacity")
            .WithDescription("The most a supply path can carry between two nodes, and what binds.")
            .WithExample("capacity", "topology/weihai-etdz", "--scenario", "reclaimed-phase1",
                "--from", "etdz-wwtp", "--to", "botong");
        config.AddCommand<BenchCommand>("bench")
            .WithDescription("Time the engines on the real park and on synthetic parks (docs/performance.md).")
            .WithExample("bench", "--engines", "kernel,grains", "--nodes", "1000,10000");
        config.AddCommand<ModelsCommand>("models")
            .WithDescription("Print the process models' equations and parameters (docs/models.md).");
        config.AddCommand<HeatCommand>("heat")
            .WithDescription("The heating season of a waste-heat network against the same season with its "
                + "waste heat shut; a pipeline shut; supply temperatures against a loss limit.")
            .WithExample("heat", "topology/weihai-etdz", "--scenario", "waste-heat", "--out", "out/waste-heat")
            .WithExample("heat", "topology/weihai-etdz", "--scenario", "waste-heat", "--shut", "wh-xinli-branch")
            .WithExample("heat", "topology/weihai-etdz", "--scenario", "waste-heat", "--supply-temperature",
                "70,80,90,100,110,120", "--loss-limit", "0.5");
        config.AddCommand<SweepCommand>("sweep")
            .WithDescription("A reclaimed-water plant's uptake from zero to the most the system takes, "
                + "and what binds.")
            .WithExample("sweep", "topology/weihai-etdz", "--scenario", "reclaimed-2023", "--steps", "10");
        config.AddCommand<CompareCommand>("compare")
            .WithDescription("Compare the totals, indicators and node balances of two run folders.")
            .WithExample("compare", "out/base-2020", "out/plan-2026");
    }
}
