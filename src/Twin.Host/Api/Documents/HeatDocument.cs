using Twin.Domain.Analysis;

namespace Twin.Host.Api.Documents;

/// <summary>
/// A waste-heat season answered over HTTP, as <c>twin heat</c> prints it: the season against
/// the same season with the waste heat shut, optionally with one pipeline shut, and the season at
/// other supply temperatures with the best one within a loss limit.
/// </summary>
public sealed record HeatDocument(
    string Scenario,
    SeasonReport Season,
    ShutPipelineDocument? Shut,
    IReadOnlyList<TemperatureCase> Temperatures,
    double? BestSupplyTemperatureC,
    string Engine);
