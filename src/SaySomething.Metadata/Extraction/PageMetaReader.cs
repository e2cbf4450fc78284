using AngleSharp.Dom;

namespace SaySomething.Metadata.Extraction;

/// <summary>
/// Reads what a page says about itself: OpenGraph and Twitter-card tags, <c>&lt;title&gt;</c>, the meta description and
/// author, microdata (<c>itemprop="name"</c>, <c>"description"</c>, and a channel as <c>link itemprop="name"</c> inside
/// <c>itemprop="author"</c>, as video watch pages carry it), and the oEmbed discovery link.
/// </summary>
public static class PageMetaReader
{
    /// <summary>The metadata in <paramref name="page"/>'s tags, and its oEmbed discovery link (null when it has none).</summary>
    public static ExtractedMetadata Read(HtmlPage page, out Uri? oembedLink)
    {
        ArgumentNullException.ThrowIfNull(page);
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int seen = 0;
        foreach (IElement meta in page.Document.GetElementsByTagName("meta"))
        {
            if (++seen > ExtractionLimits.MaxMetaElements)
            {
                break;
            }

            string? key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? (IsMicrodata(meta) ? "itemprop:" + meta.GetAttribute("itemprop") : null);
            string? content = meta.GetAttribute("content");
            if (key is { Length: > 0 and <= 100 } && content is not null)
            {
                // The first of a repeated tag wins, as link previews read them.
                tags.TryAdd(key.Trim(), content);
            }
        }

        var sources = MetadataSources.None;
        string? title = Pick(tags, ref sources, ExtractionLimits.MaxTitleChars, ("og:title", MetadataSources.OpenGraph), ("twitter:title", MetadataSources.TwitterCard), ("title", MetadataSources.Page), ("itemprop:name", MetadataSources.Page));
        title ??= Take(page.Document.Title, ExtractionLimits.MaxTitleChars, MetadataSources.Page, ref sources);
        string? description = Pick(tags, ref sources, ExtractionLimits.MaxDescriptionChars, ("og:description", MetadataSources.OpenGraph), ("twitter:description", MetadataSources.TwitterCard), ("description", MetadataSources.Page), ("itemprop:description", MetadataSources.Page));
        string? author = Take(ChannelName(page.Document), ExtractionLimits.MaxNameChars, MetadataSources.Page, ref sources)
            ?? Pick(tags, ref sources, ExtractionLimits.MaxNameChars, ("author", MetadataSources.Page), ("article:author", MetadataSources.OpenGraph), ("twitter:creator", MetadataSources.TwitterCard));
        string? site = ExtractionLimits.Clean(tags.GetValueOrDefault("og:site_name"), ExtractionLimits.MaxNameChars);

        oembedLink = OEmbedLink(page);
        return new ExtractedMetadata { Title = title, Description = description, Author = author, SiteName = site, Sources = sources };
    }

    private static bool IsMicrodata(IElement meta) => meta.GetAttribute("itemprop") is "name" or "description";

    private static string? Pick(Dictionary<string, string> tags, ref MetadataSources sources, int max, params ReadOnlySpan<(string Key, MetadataSources Source)> keys)
    {
        foreach (var (key, source) in keys)
        {
            if (tags.TryGetValue(key, out string? value) && Take(value, max, source, ref sources) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private static string? Take(string? value, int max, MetadataSources source, ref MetadataSources sources)
    {
        string? text = ExtractionLimits.Clean(value, max);
        if (text is not null)
        {
            sources |= source;
        }

        return text;
    }

    /// <summary>The channel of a watch page: <c>&lt;span itemprop="author"&gt;&lt;link itemprop="name" content="…"&gt;</c>.</summary>
    private static string? ChannelName(IDocument document)
    {
        IElement? author = document.QuerySelector("[itemprop=author] [itemprop=name]");
        return author?.GetAttribute("content") ?? author?.TextContent;
    }

    /// <summary>The href of <c>&lt;link rel="alternate" type="application/json+oembed"&gt;</c>, absolute, http(s) only.</summary>
    private static Uri? OEmbedLink(HtmlPage page)
    {
        int seen = 0;
        foreach (IElement link in page.Document.GetElementsByTagName("link"))
        {
            if (++seen > ExtractionLimits.MaxMetaElements)
            {
                break;
            }

            if (string.Equals(link.GetAttribute("type")?.Trim(), "application/json+oembed", StringComparison.OrdinalIgnoreCase)
                && link.GetAttribute("href") is { Length: > 0 and <= 4096 } href
                && Uri.TryCreate(page.Url, href.Trim(), out Uri? url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                return url;
            }
        }

        return null;
    }
}
