using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Twin.Host.Tests.Support;

/// <summary>
/// The real host, started as `dotnet Twin.Host.dll` from its own build output on loopback
/// ports. Waits are bounded and fail with the host's output; disposing kills the process.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, HostPorts ports)
    {
        _process = process;
        Ports = ports;
        Http = new HttpClient { BaseAddress = ports.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HostPorts Ports { get; }

    public HttpClient Http { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string Assembly => typeof(HostProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TwinHostAssembly").Value!;

    /// <summary>Starts a host and waits until it answers over HTTP.</summary>
    public static async Task<HostProcess> StartAsync(string workingDirectory, HostPorts ports,
        IReadOnlyDictionary<string, string> environment)
    {
        var arguments = new[]
        {
            "--urls", ports.BaseAddress.ToString(),
            $"--Twin:Silo:Port={ports.Silo}",
            $"--Twin:Silo:GatewayPort={ports.Gateway}",
        };
        var host = new HostProcess(Launch(workingDirectory, arguments, environment), ports);
        try
        {
            host.Capture();
            await host.WaitUntilReadyAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the host's schema command and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string workingDirectory,
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var process = Launch(workingDirectory, arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(StartLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await output + await errors);
    }

    /// <summary>
    /// Stops the host as an operator would, with SIGTERM: its silo leaves the cluster, marking
    /// itself dead in the membership table, before the process exits.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        if (Signals.Terminate(_process.Id) != 0)
        {
            throw new InvalidOperationException($"could not signal host process {_process.Id}");
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the host did not stop within 60 s of SIGTERM:\n{Output}");
        }
    }

    /// <summary>Kills the process, as a crash would, and waits for it to be gone.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(limit.Token);
        _process.Dispose();
    }

    private static Process Launch(string workingDirectory, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the test runner's own settings may reach the host, only what the test gives.
        string[] inherited = ["TWIN_DATA_DIR", "TWIN_TOPOLOGY_DIR", "ASPNETCORE_URLS", "Twin__Cluster__PostgreSql"];
        foreach (var name in inherited)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private void Capture()
    {
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + StartLimit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync("/api/scenarios");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new TimeoutException($"the host did not answer within {StartLimit.TotalSeconds:0} s:\n{Output}");
    }
}
