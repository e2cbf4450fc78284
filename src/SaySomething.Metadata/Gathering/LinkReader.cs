using System.Collections.Concurrent;
using SaySomething.Fetching;
using SaySomething.Metadata.Extraction;

namespace SaySomething.Metadata.Gathering;

/// <summary>
/// Reads one link by its <see cref="FetchPlan"/>: the oEmbed document and the page at once (each through the safe
/// fetcher, within the per-host limit), then an oEmbed link the page names when the registry had none, and merges what
/// they say. Thread-safe.
/// </summary>
public sealed class LinkReader
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];
    private static readonly string[] JsonTypes = ["application/json", "application/json+oembed", "text/json", "text/javascript"];

    private readonly ISafeFetcher _fetcher;
    private readonly HostLimiter _hosts;
    private readonly long _maxArticleBytes;

    /// <summary>Creates a reader that fetches through <paramref name="fetcher"/>.</summary>
    /// <param name="fetcher">The safe fetcher: the only way this project reaches the web.</param>
    /// <param name="hosts">The per-host concurrency limit shared by all reads.</param>
    /// <param name="maxArticleBytes">The body cap for article pages (other fetches use the fetcher's default).</param>
    public LinkReader(ISafeFetcher fetcher, HostLimiter hosts, long maxArticleBytes)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(hosts);
        _fetcher = fetcher;
        _hosts = hosts;
        _maxArticleBytes = maxArticleBytes;
    }

    /// <summary>Fetches and reads what <paramref name="plan"/> names. Throws only when cancelled.</summary>
    public async Task<LinkReadResult> ReadAsync(FetchPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var traces = new ConcurrentQueue<FetchTrace>();
        var oembedTask = plan.OEmbedUrl is null ? Task.FromResult<ExtractedMetadata?>(null) : ReadOEmbedAsync(plan.OEmbedUrl, "oembed", traces, cancellationToken);
        var pageTask = plan.PageUrl is null ? Task.FromResult<PageRead?>(null) : ReadPageAsync(plan, plan.PageUrl, traces, cancellationToken);
        await Task.WhenAll(oembedTask, pageTask).ConfigureAwait(false);

        ExtractedMetadata? oembed = await oembedTask.ConfigureAwait(false);
        PageRead? page = await pageTask.ConfigureAwait(false);
        if (oembed is null && page?.OEmbedLink is { } discovered && plan.OEmbedUrl is null)
        {
            oembed = await ReadOEmbedAsync(discovered, "discovered_oembed", traces, cancellationToken).ConfigureAwait(false);
        }

        FetchTrace[] fetches = [.. traces];
        if (oembed is null && page is null)
        {
            var failed = fetches.FirstOrDefault(f => f.Purpose == "page" && f.Failure != FetchFailure.None) ?? fetches.FirstOrDefault(f => f.Failure != FetchFailure.None);
            return new LinkReadResult(null, failed?.Detail ?? "nothing to fetch for this link", fetches);
        }

        return new LinkReadResult(Merge(oembed, page), null, fetches);
    }

    /// <summary>
    /// The best of each piece: the title and author from oEmbed (the provider's own words) before the page's; the full
    /// description from a watch page's player data, then the post text an oEmbed quotes, then the page's tags.
    /// </summary>
    internal static ExtractedMetadata Merge(ExtractedMetadata? oembed, PageRead? page)
    {
        var watch = page?.Watch;
        var tags = page?.Tags;
        string? title = oembed?.Title ?? watch?.Title ?? tags?.Title;
        string? description = watch?.Description ?? oembed?.Description ?? tags?.Description;
        var sources = MetadataSources.None;
        sources |= oembed is not null && (oembed.Title == title || oembed.Description == description) ? MetadataSources.OEmbed : MetadataSources.None;
        sources |= watch is not null && (watch.Title == title || watch.Description == description) ? MetadataSources.WatchPage : MetadataSources.None;
        sources |= tags is not null && (tags.Title == title || tags.Description == description) ? tags.Sources : MetadataSources.None;
        sources |= page?.ArticleText is not null ? MetadataSources.Article : MetadataSources.None;
        return new ExtractedMetadata
        {
            Title = title,
            Description = description,
            Author = oembed?.Author ?? watch?.Author ?? tags?.Author,
            SiteName = tags?.SiteName ?? oembed?.SiteName,
            ArticleText = page?.ArticleText,
            Sources = sources,
        };
    }

    private async Task<ExtractedMetadata?> ReadOEmbedAsync(Uri url, string purpose, ConcurrentQueue<FetchTrace> traces, CancellationToken cancellationToken)
    {
        var result = await FetchAsync(new FetchRequest(url, JsonTypes, ExtractionLimits.MaxOEmbedBytes), purpose, traces, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return null;
        }

        var found = OEmbedReader.Read(result.Body.Span);
        return found.IsEmpty && found.Author is null ? null : found;
    }

    private async Task<PageRead?> ReadPageAsync(FetchPlan plan, Uri url, ConcurrentQueue<FetchTrace> traces, CancellationToken cancellationToken)
    {
        long? cap = plan.ReadArticle ? _maxArticleBytes : null;
        var result = await FetchAsync(new FetchRequest(url, HtmlTypes, cap), "page", traces, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return null;
        }

        string html = PageDecoder.Decode(result.Body.Span, result.Charset, html: true);
        using var page = HtmlPage.Parse(html, result.FinalUrl ?? url);
        var tags = PageMetaReader.Read(page, out Uri? oembedLink);
        var watch = plan.ReadWatchPage ? WatchPageReader.Read(page) : null;
        // Last: the article reader changes the document.
        string? article = plan.ReadArticle ? ArticleReader.Read(page) : null;
        return new PageRead(tags, watch is { IsEmpty: false } ? watch : null, article, oembedLink);
    }

    private async Task<FetchResult> FetchAsync(FetchRequest request, string purpose, ConcurrentQueue<FetchTrace> traces, CancellationToken cancellationToken)
    {
        var result = await _hosts.RunAsync(request.Url.IdnHost, () => _fetcher.FetchAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
        traces.Enqueue(new FetchTrace(purpose, request.Url, result.Failure, result.Detail, result.StatusCode, result.MediaType, result.Body.Length, result.Elapsed));
        return result;
    }

    /// <summary>What a page gave: its tags, its player data, its article text and its oEmbed link.</summary>
    internal sealed record PageRead(ExtractedMetadata Tags, ExtractedMetadata? Watch, string? ArticleText, Uri? OEmbedLink);
}
