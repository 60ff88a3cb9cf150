using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Twin.Host.Hosting;
using Twin.Host.Scenarios;
using Twin.Host.Security;

namespace Twin.Host.Api;

internal static class TwinApi
{
    /// <summary>JSON in snake_case, as the run files; totals and shortfalls keep their own names.</summary>
    public static IServiceCollection AddTwinApi(this IServiceCollection services, HostSettings settings,
        ApiKey key)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;

            // Numbers are numbers: the web default also reads them from strings, which would
            // make every number of the OpenAPI document "number or string".
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;

            // Names keep their Chinese as written rather than as \u escapes; markup characters
            // are still escaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddProblemDetails();
        services.AddOpenApi(options =>
        {
            // OpenAPI 3.0 rather than .NET 10's default 3.1: more client generators read it.
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.AddDocumentTransformer<ApiKeyDocumentTransformer>();
            options.AddOperationTransformer<ApiKeyDocumentTransformer>();
        });
        services.AddSingleton(key);
        services.AddSingleton(provider => ScenarioCatalog.Load(settings.TopologyDirectory,
            provider.GetRequiredService<ILogger<ScenarioCatalog>>()));
        services.AddSingleton<ScenarioDirectory>();
        services.AddSingleton<ScenarioRuns>();
        return services;
    }

    public static WebApplication MapTwinApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapScalarApiReference("/scalar", options => options.WithTitle("Twin API"));

        app.MapGroup("/api/scenarios")
            .WithTags("Scenarios")
            .MapScenarioEndpoints()
            .MapTopologyEndpoints()
            .MapResultEndpoints()
            .MapBalanceEndpoints()
            .MapSankeyEndpoints()
            .MapHeatEndpoints();
        app.MapCompareEndpoints();
        return app;
    }
}
