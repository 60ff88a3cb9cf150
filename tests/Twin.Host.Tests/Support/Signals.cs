using System.Diagnostics;
using System.Globalization;

namespace Twin.Host.Tests.Support;

/// <summary>POSIX signals, which .NET's Process can only send as SIGKILL; sent with kill(1).</summary>
internal static class Signals
{
    public static int Terminate(int processId)
    {
        using var kill = Process.Start("kill", ["-TERM", processId.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode;
    }
}
