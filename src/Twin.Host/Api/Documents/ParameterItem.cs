using Twin.Domain.Model;
using Twin.Domain.Units;

namespace Twin.Host.Api.Documents;

/// <summary>
/// A node parameter: its value in the twin's base unit for its dimension, the text it was
/// written as in the topology (with the unit its source used), and the source of the number.
/// </summary>
/// <param name="Source">The key of the source, e.g. "plan".</param>
/// <param name="Reference">What the source key stands for, from the park file's sources.</param>
public sealed record ParameterItem(
    string Name,
    double Value,
    string Unit,
    string Text,
    string Source,
    string? Reference,
    string? Note)
{
    public static ParameterItem From(Parameter parameter, IReadOnlyDictionary<string, string> sources) => new(
        parameter.Name,
        parameter.Value.Value,
        UnitCatalog.BaseSymbol(parameter.Value.Dimension),
        parameter.Text,
        parameter.Source,
        sources.TryGetValue(parameter.Source, out var reference) ? reference : null,
        parameter.Note);
}
