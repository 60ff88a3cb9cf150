using Twin.Cli;

var debug = Environment.GetEnvironmentVariable("TWIN_DEBUG") == "1";
var app = new TwinApp(TwinConsole.ForProcess(), EngineRegistry.Default, debug);
return await app.RunAsync(args);
