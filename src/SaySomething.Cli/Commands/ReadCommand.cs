using System.CommandLine;
using System.Globalization;
using SaySomething.Cli.Input;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Threads;

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
        var thread = new Option<bool>("--thread")
        {
            Description = "The file is a whole thread page (copied text or XenForo HTML): split it into posts and show each one's tree.",
        };

        var command = new Command("read", "Show the document tree read from a post: blocks, quotes, links and embeds with their offsets.")
        {
            file,
            format,
            thread,
        };
        command.SetAction(parsed => Execute(parsed.GetValue(file), parsed.GetValue(format) ?? "auto", parsed.GetValue(thread), console));
        return command;
    }

    private static int Execute(string? path, string format, bool thread, CliConsole console)
    {
        if (!CommandInput.TryRead(path, "read", console, out var text))
        {
            return ExitCodes.BadInput;
        }

        if (thread)
        {
            return ExecuteThread(text, format, console);
        }

        var markup = ParseFormat(format, text);
        var document = PostReader.Default.Read(text, markup);
        console.Out.Write(DocumentDump.Write(document));
        return document.Outcome == ReadOutcome.Refused ? ExitCodes.BadInput : ExitCodes.Success;
    }

    /// <summary>Splits a thread page and prints, per post, a header line and the post's tree.</summary>
    private static int ExecuteThread(string page, string format, CliConsole console)
    {
        var pageFormat = ParseFormat(format, page);
        var posts = pageFormat == MarkupFormat.Html ? ThreadSplitter.SplitHtml(page) : ThreadSplitter.SplitText(page);
        foreach (var post in posts)
        {
            var who = post.IsNotice ? "notice" : $"post {post.Index}";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {who} lines {post.FirstLine}-{post.LastLine} span {post.Span}{(post.Author is null ? "" : $" author={DocumentDump.Quote(post.Author)}")}{(post.Date is null ? "" : $" date={DocumentDump.Quote(post.Date)}")}"));
            var document = PostReader.Default.Read(post.Text, pageFormat == MarkupFormat.Html ? MarkupFormat.Html : MarkupFormat.Plain);
            console.Out.Write(DocumentDump.Write(document));
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{posts.Count} item(s); spans inside each post are relative to that post's text."));
        return ExitCodes.Success;
    }

    private static MarkupFormat ParseFormat(string format, string text) => format switch
        {
            "plain" => MarkupFormat.Plain,
            "bbcode" => MarkupFormat.BbCode,
            "markdown" => MarkupFormat.Markdown,
            "html" => MarkupFormat.Html,
            _ => FormatDetector.Detect(text),
        };
}
