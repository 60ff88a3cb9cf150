using Twin.Domain.Analysis;

namespace Twin.Host.Api.Documents;

/// <summary>The season with one pipeline of the waste-heat network taken out.</summary>
public sealed record ShutPipelineDocument(string Pipeline, SeasonReport Season);
