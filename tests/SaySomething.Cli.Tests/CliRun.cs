using System.Text;

namespace SaySomething.Cli.Tests;

/// <summary>Runs the command line in-process with captured standard input, output and error.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Invoke(string[] args, byte[]? standardInput = null, CliServices? services = null)
    {
        using var input = new MemoryStream(standardInput ?? []);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApplication.Run(args, new CliConsole(input, output, error, OutputRedirected: true), services);

        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public static CliRun Invoke(string[] args, string standardInput) => Invoke(args, Encoding.UTF8.GetBytes(standardInput));
}
