using System.Diagnostics.CodeAnalysis;

namespace SaySomething.Cli.Input;

/// <summary>The input step every command shares: the file argument checked, read, and any problem reported.</summary>
internal static class CommandInput
{
    /// <summary>
    /// Reads the text named by <paramref name="path"/> (a file, or <c>-</c>/null for standard input). On failure the
    /// reason is written to standard error and the caller exits with <see cref="ExitCodes.BadInput"/>.
    /// </summary>
    public static bool TryRead(string? path, string command, CliConsole console, [NotNullWhen(true)] out string? text)
    {
        text = null;

        // System.CommandLine hands an unknown "--option" to the optional file argument; say what it really is.
        if (path is not null && path.StartsWith("--", StringComparison.Ordinal) && !File.Exists(path))
        {
            console.Error.WriteLine($"error: unknown option {path}; run 'saysomething {command} --help' for the options.");
            return false;
        }

        var input = InputReader.Read(path, console.StandardInput);
        if (input.Text is null)
        {
            console.Error.WriteLine($"error: {input.Error}");
            return false;
        }

        text = input.Text;
        return true;
    }
}
