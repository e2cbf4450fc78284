using System.CommandLine;
using SaySomething.Cli.Input;
using SaySomething.Cli.Output;
using SaySomething.Core.Links;

namespace SaySomething.Cli.Commands;

/// <summary><c>saysomething links [FILE|-] [--json]</c>: every link in a text, with what it points to.</summary>
internal static class LinksCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("file")
        {
            Description = "A UTF-8 text file to read, or - for standard input (the default).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Write one JSON object per link (url, start, end, provider, kind, canonical) instead of a table.",
        };

        var command = new Command("links", "List each link in a text with its provider, kind, canonical identity and UTF-16 offsets.")
        {
            file,
            json,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(file), parsed.GetValue(json), console));
        return command;
    }

    private static int Execute(string? path, bool json, CliConsole console)
    {
        // System.CommandLine hands an unknown "--option" to the optional file argument; say what it really is.
        if (path is not null && path.StartsWith("--", StringComparison.Ordinal) && !File.Exists(path))
        {
            console.Error.WriteLine($"error: unknown option {path}; run 'saysomething links --help' for the options.");
            return ExitCodes.BadInput;
        }

        var input = InputReader.Read(path, console.StandardInput);
        if (input.Text is null)
        {
            console.Error.WriteLine($"error: {input.Error}");
            return ExitCodes.BadInput;
        }

        var links = LinkAnalyzer.Default.Analyze(input.Text);
        if (json)
        {
            LinkJsonWriter.Write(console.Out, input.Text, links);
        }
        else
        {
            LinkTableWriter.Write(console, input.Text, links);
        }

        return ExitCodes.Success;
    }
}
