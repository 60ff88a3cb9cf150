using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Twin.Host.Security;

/// <summary>
/// Declares the API key in the OpenAPI document: the scheme, and a requirement on each endpoint
/// that creates, runs or deletes, so that clients and the API reference know to send it.
/// </summary>
internal sealed class ApiKeyDocumentTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Scheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKey.Header,
            Description = $"Needed to create, run and delete when the host has {ApiKey.Variable} set; without "
                + "a key, those requests are accepted from loopback only.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<WriteAccessMarker>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [],
            });
        }

        return Task.CompletedTask;
    }
}
