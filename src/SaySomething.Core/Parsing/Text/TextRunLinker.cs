using SaySomething.Core.Documents;
using SaySomething.Core.Links;

namespace SaySomething.Core.Parsing.Text;

/// <summary>
/// Turns a run of text into text nodes and the bare links and e-mail addresses inside it, with spans into the
/// source. Every reader uses it, so a URL typed in any format is found the same way.
/// </summary>
public static class TextRunLinker
{
    [ThreadStatic]
    private static List<FoundLink>? t_links;

    /// <summary>
    /// Appends the nodes for <c>source[start..end]</c> to <paramref name="into"/>. The text must appear verbatim
    /// in the source (plain text, BB code, Markdown literals).
    /// </summary>
    public static void AppendVerbatim(string source, int start, int end, ICollection<DocumentNode> into, bool hidden = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(into);
        if (end <= start)
        {
            return;
        }

        // The found links are read right away: one list per thread serves every run.
        var links = t_links ??= new List<FoundLink>(8);
        links.Clear();
        LinkExtractor.Default.Extract(source.AsSpan(start, end - start), links);
        var position = start;
        foreach (var found in links)
        {
            var linkStart = start + found.Start;
            var linkEnd = start + found.End;
            if (linkStart > position)
            {
                into.Add(TextNode.OfSource(source, new SourceSpan(position, linkStart), hidden));
            }

            var span = new SourceSpan(linkStart, linkEnd);
            into.Add(new LinkNode
            {
                Span = span,
                UrlSpan = span,
                Url = source[linkStart..linkEnd],
                Origin = found.Kind == FoundLinkKind.Email ? LinkOrigin.Email : LinkOrigin.BareUrl,
                Hidden = hidden,
            });
            position = linkEnd;
        }

        if (end > position)
        {
            into.Add(TextNode.OfSource(source, new SourceSpan(position, end), hidden));
        }

        if (links.Capacity > 1024)
        {
            // A post with a flood of links does not leave its list behind.
            t_links = null;
        }
    }

    /// <summary>
    /// Appends the nodes for a run of decoded text (HTML after entity decoding) that came from
    /// <paramref name="span"/> of the source. Links found in it get the whole run's span when the text and the
    /// source differ, and exact spans when they are equal.
    /// </summary>
    public static void AppendDecoded(string source, string text, SourceSpan span, ICollection<DocumentNode> into, bool hidden = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        if (span.End <= source.Length && span.Length == text.Length && source.AsSpan(span.Start, span.Length).SequenceEqual(text))
        {
            AppendVerbatim(source, span.Start, span.End, into, hidden);
            return;
        }

        var links = new List<FoundLink>();
        LinkExtractor.Default.Extract(text.AsSpan(), links);
        var position = 0;
        foreach (var found in links)
        {
            if (found.Start > position)
            {
                into.Add(new TextNode { Span = span, Text = text[position..found.Start], Hidden = hidden });
            }

            into.Add(new LinkNode
            {
                Span = span,
                UrlSpan = span,
                Url = text[found.Start..found.End],
                Origin = found.Kind == FoundLinkKind.Email ? LinkOrigin.Email : LinkOrigin.BareUrl,
                Hidden = hidden,
            });
            position = found.End;
        }

        if (text.Length > position)
        {
            into.Add(new TextNode { Span = span, Text = text[position..], Hidden = hidden });
        }
    }
}
