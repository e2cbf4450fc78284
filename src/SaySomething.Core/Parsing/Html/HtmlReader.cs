using System.Diagnostics;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.PlainText;

namespace SaySomething.Core.Parsing.Html;

/// <summary>
/// Reads HTML as platforms render it: XenForo post HTML (<c>div.bbWrapper</c>, quote blocks, media wrappers, the
/// cookie consent placeholder, unfurl cards), Discourse <c>cooked</c> (oneboxes, lazy videos, quotes, mentions)
/// and generic HTML. Parsing is AngleSharp's (HTML5 tree construction, linear); the tree is walked with an explicit
/// stack and a depth limit. Text hidden by an inline <c>style</c> or the <c>hidden</c> attribute is marked
/// <see cref="DocumentNode.Hidden"/>; stylesheets are not evaluated.
/// </summary>
public sealed class HtmlReader : IPostReader
{
    // A representative post read once before the first real one: AngleSharp's and our first-call compilation can
    // take a few hundred milliseconds on a busy machine, which must not count against the first post's budget.
    private const string WarmUpPost =
        "<div class=\"bbWrapper\"><blockquote class=\"bbCodeBlock bbCodeBlock--quote\" data-quote=\"a\"><div class=\"bbCodeBlock-title\">a said:</div>"
        + "<div class=\"bbCodeBlock-content\">q <a href=\"https://x.com/a/status/1\">x</a></div></blockquote>Own words &amp; more.<br>"
        + "<span style=\"color: #fff\">h</span><aside class=\"onebox\" data-onebox-src=\"https://e.org/a\"><h3><a href=\"https://e.org/a\">T</a></h3><p>D</p></aside></div>";

    private static readonly Lazy<bool> WarmedUp = new(() =>
    {
        _ = ReadWithin(WarmUpPost, ReaderLimits.Default with { ParseBudget = TimeSpan.FromMinutes(1) });
        return true;
    });

    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <inheritdoc/>
    public MarkupFormat Format => MarkupFormat.Html;

    /// <inheritdoc/>
    public PostDocument Read(string source, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(limits);
        _ = WarmedUp.Value;
        return ReadWithin(source, limits);
    }

    private static PostDocument ReadWithin(string source, ReaderLimits limits)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limits.ParseBudget.TotalSeconds * Stopwatch.Frequency);
        var nestingLimit = ParserNestingLimit(limits);
        if (HtmlNestingScan.MaxDepth(source, nestingLimit) > nestingLimit)
        {
            return AsPlainText(source, string.Create(CultureInfo.InvariantCulture, $"The HTML nests elements more than {nestingLimit:N0} deep, so it was read as plain text."));
        }

        try
        {
            t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            using IDocument document = t_parser.ParseDocument(source);
            var builder = new HtmlTreeBuilder(source, limits, deadline);
            var content = builder.Build(document);
            if (builder.Overflowed)
            {
                return AsPlainText(source, string.Create(CultureInfo.InvariantCulture, $"The HTML makes more than {limits.MaxNodes:N0} nodes, so it was read as plain text."));
            }

            if (builder.OutOfTime || Stopwatch.GetTimestamp() > deadline)
            {
                return AsPlainText(source, string.Create(CultureInfo.InvariantCulture, $"Reading the HTML took longer than {limits.ParseBudget.TotalMilliseconds:N0} ms, so it was read as plain text."));
            }

            return new PostDocument { Source = source, Format = MarkupFormat.Html, Span = new SourceSpan(0, source.Length), Content = content };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Reading must never throw on content: a parser or reader bug reads the post as text and says so.
            return AsPlainText(source, $"The HTML reader failed ({e.GetType().Name}), so the post was read as plain text.");
        }
    }

    /// <summary>
    /// The nesting past which the page is not parsed at all: eight times <see cref="ReaderLimits.MaxDepth"/> (512 by
    /// default). Up to it, structure deeper than <see cref="ReaderLimits.MaxDepth"/> is flattened by the walk.
    /// </summary>
    internal static int ParserNestingLimit(ReaderLimits limits) => Math.Max(64, limits.MaxDepth * 8);

    private static PostDocument AsPlainText(string source, string note) => new()
    {
        Source = source,
        Format = MarkupFormat.Html,
        Outcome = ReadOutcome.ReadAsPlainText,
        Note = note,
        Span = new SourceSpan(0, source.Length),
        Content = PlainTextReader.ReadParagraphs(source, 0, source.Length),
    };
}
