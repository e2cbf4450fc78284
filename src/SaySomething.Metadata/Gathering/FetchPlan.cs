namespace SaySomething.Metadata.Gathering;

/// <summary>What to fetch for one link.</summary>
/// <param name="LinkUrl">The link as the post wrote it.</param>
/// <param name="Canonical">Its canonical id (<c>youtube:ID</c>, <c>url:…</c>): the cache key.</param>
/// <param name="ProviderId">The provider (<c>youtube</c>, <c>x</c>), or null.</param>
/// <param name="Kind">The link's kind name (<c>video</c>, <c>article</c>…).</param>
/// <param name="PageUrl">The page to read meta tags (and article text) from, or null when the page says nothing
/// without running scripts (X).</param>
/// <param name="OEmbedUrl">The oEmbed request from the provider registry, or null.</param>
/// <param name="ReadWatchPage">Whether the page is a video watch page with player data (YouTube).</param>
/// <param name="ReadArticle">Whether to read the page's article text (articles).</param>
public sealed record FetchPlan(
    string LinkUrl, string Canonical, string? ProviderId, string Kind, Uri? PageUrl, Uri? OEmbedUrl, bool ReadWatchPage, bool ReadArticle);
