namespace Twin.Host.Security;

/// <summary>Marks the endpoints that need write access, for the OpenAPI document's security requirement.</summary>
internal sealed class WriteAccessMarker;
