namespace Twin.Cli.Tests;

/// <summary>Runs the command line in process, capturing standard output and error.</summary>
public static class Cli
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(EngineRegistry.Default, args);

    public static async Task<CliResult> RunAsync(EngineRegistry engines, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var app = new TwinApp(TwinConsole.ForWriters(output, error), engines);

        var exit = await app.RunAsync(args);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
