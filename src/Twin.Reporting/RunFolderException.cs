namespace Twin.Reporting;

/// <summary>A folder that does not hold a complete, readable run.</summary>
public sealed class RunFolderException : Exception
{
    public RunFolderException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
