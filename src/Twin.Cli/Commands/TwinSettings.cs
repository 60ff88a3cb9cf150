using System.ComponentModel;
using Spectre.Console.Cli;

namespace Twin.Cli.Commands;

/// <summary>Options that every verb takes.</summary>
internal class TwinSettings : CommandSettings
{
    /// <summary>
    /// Declared here so that parsing accepts it; <see cref="TwinApp"/> reads it before parsing.
    /// </summary>
    [CommandOption(TwinApp.DebugOption)]
    [Description("Print the stack trace of an internal failure (also TWIN_DEBUG=1).")]
    public bool Debug { get; init; }
}
