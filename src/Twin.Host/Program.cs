using Twin.Host.Api;
using Twin.Host.Hosting;

if (SchemaCommand.Matches(args))
{
    return await SchemaCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
var settings = HostSettings.From(builder.Configuration);
builder.UseDefaultUrl(HostSettings.DefaultUrl).UseQuietFrameworkLogs();
builder.UseTwinSilo(settings);
builder.Services.AddTwinApi(settings);

var app = builder.Build();
app.MapTwinApi();
app.LogStart(settings);
await app.RunAsync();
return 0;
