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
        if (!CommandInput.TryRead(path, "links", console, out var text))
        {
            return ExitCodes.BadInput;
        }

        var links = LinkAnalyzer.Default.Analyze(text);
        if (json)
        {
            LinkJsonWriter.Write(console.Out, text, links);
        }
        else
        {
            LinkTableWriter.Write(console, text, links);
        }

        return ExitCodes.Success;
    }
}
