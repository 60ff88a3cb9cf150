using Twin.Host.Api;
using Twin.Host.Hosting;
using Twin.Host.Security;

if (SchemaCommand.Matches(args))
{
    return await SchemaCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
var settings = HostSettings.From(builder.Configuration);
var key = ApiKey.From(builder.Configuration);
builder.UseDefaultUrl(HostSettings.DefaultUrl).UseQuietFrameworkLogs().LimitRequestBodies();
if (!builder.MayListen(key))
{
    return 2;
}

builder.UseTwinSilo(settings);
builder.Services.AddTwinApi(settings, key);

var app = builder.Build();
app.MapTwinApi();
app.LogStart(settings, key);
await app.RunAsync();
return 0;
