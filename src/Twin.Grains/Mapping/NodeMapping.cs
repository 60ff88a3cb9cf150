using Twin.Domain.Model;
using Twin.Domain.Units;
using Twin.Grains.Abstractions.Definitions;

namespace Twin.Grains.Mapping;

internal static class NodeMapping
{
    public static NodeDefinition ToDefinition(this NodeSpec node) => new(
        node.Id,
        node.Kind,
        node.Name,
        node.Parameters.Values.Select(ToDefinition).ToArray(),
        node.Location.ToDefinition(),
        node.Profile,
        node.Texts?.ToDictionary(),
        node.Note);

    public static NodeSpec ToModel(this NodeDefinition node) => new(
        node.Id,
        node.Kind,
        node.Name,
        node.Parameters.ToDictionary(p => p.Name, ToModel, StringComparer.Ordinal),
        node.Location.ToModel(),
        node.Profile,
        node.Texts,
        node.Note);

    public static ConnectionDefinition ToDefinition(this ConnectionSpec connection) => new(
        connection.From, connection.To, connection.Carrier, connection.Location.ToDefinition(),
        connection.Priority, connection.Share);

    public static ConnectionSpec ToModel(this ConnectionDefinition connection) => new(
        connection.From, connection.To, connection.Carrier, connection.Location.ToModel(),
        connection.Priority, connection.Share);

    private static ParameterDefinition ToDefinition(Parameter parameter) => new(
        parameter.Name, parameter.Value.Value, parameter.Value.Dimension.ToString(), parameter.Text,
        parameter.Source, parameter.Location.ToDefinition(), parameter.Note);

    private static Parameter ToModel(ParameterDefinition parameter) => new(
        parameter.Name,
        Quantity.Of(parameter.Value, Enum.Parse<Dimension>(parameter.Dimension)),
        parameter.Text,
        parameter.Source,
        parameter.Location.ToModel(),
        parameter.Note);
}
