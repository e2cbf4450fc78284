using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace SaySomething.Cli.Tests;

/// <summary>
/// <c>scan</c> streams: run as its own process on a generated 200 MB JSON Lines file, its peak working set stays far
/// below the file's size. The records are large (a 100 KB field the scan ignores) and their posts short, so the test
/// is about reading, framing and parsing, and finishes in seconds.
/// </summary>
public sealed class ScanStreamingTests(ITestOutputHelper output)
{
    private const long InputBytes = 200L * 1024 * 1024;
    private const long PeakBound = 300L * 1024 * 1024;

    [Fact]
    public void Scan_200MegabyteFile_PeakWorkingSetStaysUnder300Megabytes()
    {
        var folder = Directory.CreateTempSubdirectory("saysomething-stream-");
        try
        {
            var input = Path.Combine(folder.FullName, "big.jsonl");
            var records = Generate(input);
            var judgements = Path.Combine(folder.FullName, "out.jsonl");
            var clock = Stopwatch.StartNew();

            var (exit, peak, error) = RunScan(input, judgements);

            output.WriteLine($"{records} records, {new FileInfo(input).Length / (1024 * 1024)} MiB: scanned in {clock.Elapsed.TotalSeconds:0.0} s, peak working set {peak / (1024 * 1024)} MiB");
            Assert.True(exit == 1, $"exit {exit}: {error}");
            Assert.Equal(records, File.ReadLines(judgements).LongCount());
            Assert.True(peak > 0, "the peak working set could not be read");
            Assert.True(peak < PeakBound, $"peak working set {peak / (1024 * 1024)} MiB for a {InputBytes / (1024 * 1024)} MiB input");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Writes about 200 MB of records; returns how many.</summary>
    private static long Generate(string path)
    {
        var padding = new string('x', 100 * 1024);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        long written = 0, count = 0;
        while (written < InputBytes)
        {
            var text = (count % 2) == 0 ? $"https://youtu.be/aBcD3fGh{count % 10}jK" : $"Post {count} and my view: this is the same convoy as last week.";
            var line = string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"big-{count}\", \"padding\": \"{padding}\", \"text\": \"{text}\"}}");
            writer.Write(line);
            writer.Write('\n');
            written += line.Length + 1;
            count++;
        }

        return count;
    }

    /// <summary>Runs <c>saysomething scan</c> as a child process, sampling its peak working set until it exits.</summary>
    private static (int Exit, long Peak, string Error) RunScan(string input, string output)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "saysomething.dll");
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "scan", input, "--threads", "2", "--output", output })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // It exited between the wait and the read.
            }
        }

        process.WaitForExit();
        return (process.ExitCode, peak, stderr.GetAwaiter().GetResult() + stdout.GetAwaiter().GetResult());
    }
}
