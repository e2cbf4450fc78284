using AngleSharp.Dom;
using SmartReader;

namespace SaySomething.Metadata.Extraction;

/// <summary>
/// The readable text of an article page (SmartReader, a port of Mozilla Readability), from the page we fetched: the
/// reader is never given an address to load, and its own HTTP client is replaced by one that refuses every request,
/// so it cannot fetch images or anything else. Pages larger or deeper than the limits give no text.
/// </summary>
public static class ArticleReader
{
    static ArticleReader()
    {
        // Process-wide in SmartReader: its client would otherwise be a plain one that reaches anything.
        Reader.SetBaseHttpClientHandler(new RefusingHandler());
    }

    /// <summary>Fewest characters of readable text that make an article.</summary>
    public const int MinArticleChars = 200;

    /// <summary>The article's text, paragraphs on their own lines, or null (not an article, too large, too deep). The
    /// page is changed by the reader: read its meta tags first.</summary>
    public static string? Read(HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!WithinLimits(page.Document))
        {
            return null;
        }

        try
        {
            using var reader = new Reader(page.Url.AbsoluteUri, page.Document)
            {
                MaxElemsToParse = ExtractionLimits.MaxArticleElements,
                DisableJSONLD = true,
            };
            Article article = reader.GetArticle();
            string? text = article.IsReadable ? ExtractionLimits.Clean(article.TextContent, ExtractionLimits.MaxArticleChars, keepLines: true) : null;
            return text is { Length: >= MinArticleChars } ? text : null;
        }
#pragma warning disable CA1031 // A page the reader cannot handle is a page without article text, not a failed verdict.
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>Whether the page has at most <see cref="ExtractionLimits.MaxArticleElements"/> elements nested at most
    /// <see cref="ExtractionLimits.MaxArticleDepth"/> deep (walked without recursion).</summary>
    internal static bool WithinLimits(IDocument document)
    {
        if (document.DocumentElement is not { } root)
        {
            return false;
        }

        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 1));
        int count = 0;
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (++count > ExtractionLimits.MaxArticleElements || depth > ExtractionLimits.MaxArticleDepth)
            {
                return false;
            }

            foreach (IElement child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return true;
    }

    /// <summary>Answers every request the article reader might make with an error: it reads only what it is given.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The article reader may not fetch: every fetch goes through the safe fetcher.");
    }
}
