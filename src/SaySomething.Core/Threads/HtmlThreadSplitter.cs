using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SaySomething.Core.Documents;

namespace SaySomething.Core.Threads;

/// <summary>
/// Splits the HTML of a XenForo thread page into posts with AngleSharp. The post's text is the exact source of the
/// body element's content (found from the element's source position by matching its <c>div</c> tags), so the HTML
/// reader's spans can be mapped back to the page.
/// </summary>
internal static class HtmlThreadSplitter
{
    public static IReadOnlyList<ThreadPost> Split(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(page);
        var lines = new LineIndex(page);
        var posts = new List<ThreadPost>();
        var scannedTo = 0;
        foreach (var notice in document.QuerySelectorAll(".notice-content"))
        {
            Add(page, lines, notice, author: null, date: null, isNotice: true, posts, ref scannedTo);
        }

        scannedTo = 0;

        IElement? previous = null;
        foreach (var message in document.QuerySelectorAll("article.message"))
        {
            // A message inside the previous one (hostile nesting) belongs to it; searching it again would be quadratic.
            if (previous is not null && previous.Contains(message))
            {
                continue;
            }

            previous = message;
            var body = message.QuerySelector(".message-body .bbWrapper");
            if (body is null)
            {
                continue;
            }

            var author = message.GetAttribute("data-author");
            var date = message.QuerySelector(".message-attribution time[datetime]")?.GetAttribute("datetime");
            Add(page, lines, body, author, date, isNotice: false, posts, ref scannedTo);
        }

        return posts;
    }

    private static void Add(string page, LineIndex lines, IElement element, string? author, string? date, bool isNotice, List<ThreadPost> posts, ref int scannedTo)
    {
        // A body inside an earlier body (hostile nesting) is part of that post; skipping it keeps the scans linear.
        if (element.SourceReference is { } reference && reference.Position.Position < scannedTo)
        {
            return;
        }

        var span = ContentSpan(page, element);
        scannedTo = Math.Max(scannedTo, span.End);
        var text = span.IsEmpty && span.Start == 0 ? element.InnerHtml : page[span.Start..span.End];
        posts.Add(new ThreadPost(posts.Count, author, date, span, lines.LineOf(span.Start), lines.LineOf(Math.Max(span.Start, span.End - 1)), text, isNotice));
    }

    /// <summary>
    /// Returns the span of the element's content in the page: after its start tag, up to the end tag that closes
    /// it. Empty at 0 when the source position is unknown or the tags do not balance.
    /// </summary>
    internal static SourceSpan ContentSpan(string page, IElement element)
    {
        if (element.SourceReference is not { } reference)
        {
            return SourceSpan.Empty;
        }

        var tagStart = reference.Position.Position;
        if (tagStart < 0 || tagStart >= page.Length || page[tagStart] != '<')
        {
            // Tolerate a 1-based or off-by-one position.
            tagStart = tagStart > 0 && tagStart <= page.Length && page[tagStart - 1] == '<' ? tagStart - 1 : -1;
            if (tagStart < 0)
            {
                return SourceSpan.Empty;
            }
        }

        var contentStart = EndOfTag(page, tagStart);
        if (contentStart < 0)
        {
            return SourceSpan.Empty;
        }

        var name = element.LocalName;
        var depth = 1;
        var position = contentStart;
        while (position < page.Length)
        {
            var open = page.IndexOf('<', position);
            if (open < 0 || open + 1 >= page.Length)
            {
                break;
            }

            var closing = page[open + 1] == '/';
            var nameStart = open + (closing ? 2 : 1);
            if (IsName(page, nameStart, name))
            {
                var end = EndOfTag(page, open);
                if (end < 0)
                {
                    break;
                }

                var selfClosing = page[end - 2] == '/';
                depth += closing ? -1 : selfClosing ? 0 : 1;
                if (depth == 0)
                {
                    return new SourceSpan(contentStart, open);
                }

                position = end;
            }
            else if (page.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
            {
                var endComment = page.IndexOf("-->", open + 4, StringComparison.Ordinal);
                position = endComment < 0 ? page.Length : endComment + 3;
            }
            else
            {
                position = open + 1;
            }
        }

        return SourceSpan.Empty;
    }

    private static bool IsName(string page, int at, string name) =>
        at + name.Length < page.Length
        && page.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
        && (char.IsWhiteSpace(page[at + name.Length]) || page[at + name.Length] is '>' or '/');

    // Returns the offset after the '>' that ends the tag starting at `open`, skipping quoted attribute values.
    private static int EndOfTag(string page, int open)
    {
        var quote = '\0';
        for (var i = open + 1; i < page.Length; i++)
        {
            var c = page[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return -1;
    }
}
