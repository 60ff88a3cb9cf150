using System.Text.Json;
using System.Text.Json.Serialization;
using Twin.Host.Hosting;
using Twin.Host.Scenarios;

namespace Twin.Host.Api;

internal static class TwinApi
{
    /// <summary>JSON in snake_case, as the run files; totals and shortfalls keep their own names.</summary>
    public static IServiceCollection AddTwinApi(this IServiceCollection services, HostSettings settings)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton(provider => ScenarioCatalog.Load(settings.TopologyDirectory,
            provider.GetRequiredService<ILogger<ScenarioCatalog>>()));
        services.AddSingleton<ScenarioRuns>();
        return services;
    }

    public static WebApplication MapTwinApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();

        app.MapGroup("/api/scenarios")
            .WithTags("Scenarios")
            .MapScenarioEndpoints()
            .MapResultEndpoints()
            .MapBalanceEndpoints();
        return app;
    }
}
