namespace Twin.Topology.Tests;

/// <summary>A file of the malformed corpus and the issue its one defect must produce.</summary>
/// <param name="File">File name under Corpus/Malformed.</param>
/// <param name="Line">The 1-based line the issue must name.</param>
/// <param name="Subject">The subject, e.g. "node 'works'".</param>
/// <param name="Fragment">Part of the message that names the defect.</param>
public sealed record MalformedCase(string File, int Line, string Subject, string Fragment);
