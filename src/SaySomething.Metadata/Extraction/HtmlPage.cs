using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SaySomething.Metadata.Extraction;

/// <summary>A fetched HTML page, parsed once and read by the page, watch-page and article readers.</summary>
public sealed class HtmlPage : IDisposable
{
    private HtmlPage(IHtmlDocument document, Uri url)
    {
        Document = document;
        Url = url;
    }

    /// <summary>Gets the parsed document (scripts are not run; nothing is loaded).</summary>
    public IHtmlDocument Document { get; }

    /// <summary>Gets the address the page came from (relative links resolve against it).</summary>
    public Uri Url { get; }

    /// <summary>Parses <paramref name="html"/> (cut to <see cref="ExtractionLimits.MaxPageChars"/>). AngleSharp follows
    /// the HTML standard's tree building, so a <c>&lt;meta&gt;</c> written inside a script or a comment is text, not a tag.</summary>
    public static HtmlPage Parse(string html, Uri url)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        if (html.Length > ExtractionLimits.MaxPageChars)
        {
            html = html[..ExtractionLimits.MaxPageChars];
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        return new HtmlPage(parser.ParseDocument(html), url);
    }

    /// <inheritdoc />
    public void Dispose() => Document.Dispose();
}
