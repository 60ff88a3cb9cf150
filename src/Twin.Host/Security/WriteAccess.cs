namespace Twin.Host.Security;

internal static class WriteAccess
{
    /// <summary>Puts an endpoint behind <see cref="WriteAccessFilter"/> and says so in the OpenAPI document.</summary>
    public static RouteHandlerBuilder RequiresWriteAccess(this RouteHandlerBuilder endpoint) => endpoint
        .AddEndpointFilter<WriteAccessFilter>()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithMetadata(new WriteAccessMarker());
}
