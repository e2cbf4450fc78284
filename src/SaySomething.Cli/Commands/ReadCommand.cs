using System.CommandLine;
using SaySomething.Cli.Input;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;

namespace SaySomething.Cli.Commands;

/// <summary><c>saysomething read [FILE|-] [--format …]</c>: the document tree the engine reads from a post.</summary>
internal static class ReadCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("file")
        {
            Description = "A UTF-8 text file holding one post, or - for standard input (the default).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "How the post is written: auto (default), plain, bbcode, markdown or html.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "plain", "bbcode", "markdown", "html");

        var command = new Command("read", "Show the document tree read from a post: blocks, quotes, links and embeds with their offsets.")
        {
            file,
            format,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(file), parsed.GetValue(format) ?? "auto", console));
        return command;
    }

    private static int Execute(string? path, string format, CliConsole console)
    {
        if (path is not null && path.StartsWith("--", StringComparison.Ordinal) && !File.Exists(path))
        {
            console.Error.WriteLine($"error: unknown option {path}; run 'saysomething read --help' for the options.");
            return ExitCodes.BadInput;
        }

        var input = InputReader.Read(path, console.StandardInput);
        if (input.Text is null)
        {
            console.Error.WriteLine($"error: {input.Error}");
            return ExitCodes.BadInput;
        }

        var markup = format switch
        {
            "plain" => MarkupFormat.Plain,
            "bbcode" => MarkupFormat.BbCode,
            "markdown" => MarkupFormat.Markdown,
            "html" => MarkupFormat.Html,
            _ => FormatDetector.Detect(input.Text),
        };
        var document = PostReader.Default.Read(input.Text, markup);
        console.Out.Write(DocumentDump.Write(document));
        return document.Outcome == ReadOutcome.Refused ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
