namespace Twin.Cli;

/// <summary>
/// Input that the twin cannot work with (exit 2). <see cref="Details"/> are printed one per line
/// before the message, e.g. every validation issue as "path:line: subject: message".
/// </summary>
public sealed class TwinInputException : Exception
{
    public TwinInputException(string message, IEnumerable<string>? details = null)
        : base(message)
    {
        Details = details?.ToArray() ?? [];
    }

    public IReadOnlyList<string> Details { get; }
}
