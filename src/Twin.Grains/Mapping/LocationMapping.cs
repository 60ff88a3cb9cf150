using Twin.Domain.Model;
using Twin.Grains.Abstractions.Definitions;

namespace Twin.Grains.Mapping;

internal static class LocationMapping
{
    public static LocationDefinition ToDefinition(this SourceLocation location) =>
        new(location.Path, location.Line);

    public static SourceLocation ToModel(this LocationDefinition location) =>
        new(location.Path, location.Line);
}
