using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SaySomething.Server.Tests.TestSupport;

/// <summary>
/// The real <c>saysomething</c> command (built beside the tests) as a child process: used to run CLI commands and to
/// start, SIGKILL and restart the server. Only the exact child this class started is ever killed.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>Gets the server's base URL.</summary>
    public Uri Url { get; }

    /// <summary>Gets the path of the built <c>saysomething.dll</c> that matches the tests' configuration.</summary>
    public static string CliPath
    {
        get
        {
            // The tests run from artifacts/bin/SaySomething.Server.Tests/<config>/; the CLI is built to artifacts/bin/SaySomething.Cli/<config>/.
            string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
            string path = Path.Combine(RepoPaths.Root, "artifacts", "bin", "SaySomething.Cli", configuration, "saysomething.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"The CLI is not built at '{path}'; build tests/SaySomething.Server.Tests (it builds the CLI too).", path);
        }
    }

    /// <summary>Runs a CLI command to its end; returns its exit code and output.</summary>
    public static async Task<(int Exit, string Output)> RunCliAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts <c>saysomething serve ARGUMENTS</c> on a free loopback port and waits until it answers.</summary>
    public static async Task<ServerProcess> StartAsync(params string[] arguments)
    {
        int port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { CliPath, "serve", "--urls", url.ToString().TrimEnd('/') }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"saysomething serve exited with {process.ExitCode} before answering.");
            }

            try
            {
                if ((await client.GetAsync("health")).StatusCode == HttpStatusCode.OK)
                {
                    return new ServerProcess(process, url);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(100);
        }

        process.Kill();
        throw new TimeoutException("saysomething serve did not answer /health within 60 s.");
    }

    /// <summary>SIGKILLs the child and returns its exit code (137 when the signal ended it).</summary>
    public async Task<int> KillAsync()
    {
        // Process.Kill() sends SIGKILL on Linux, to this child only.
        _process.Kill();
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
