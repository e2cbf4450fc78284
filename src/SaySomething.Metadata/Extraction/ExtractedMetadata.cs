namespace SaySomething.Metadata.Extraction;

/// <summary>What the extractors found about a linked item. Every text is cleaned and within <see cref="ExtractionLimits"/>.</summary>
public sealed record ExtractedMetadata
{
    /// <summary>Gets nothing found.</summary>
    public static ExtractedMetadata Empty { get; } = new();

    /// <summary>Gets the item's title (video title, headline), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the description (a video's description, an article's lede, a social post's text), or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the author or channel, or null.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the site's name (<c>og:site_name</c>, oEmbed <c>provider_name</c>), or null.</summary>
    public string? SiteName { get; init; }

    /// <summary>Gets the readable text of an article page, or null.</summary>
    public string? ArticleText { get; init; }

    /// <summary>Gets where the pieces came from.</summary>
    public MetadataSources Sources { get; init; }

    /// <summary>Gets a value indicating whether nothing the judge can compare with was found.</summary>
    public bool IsEmpty => Title is null && Description is null && ArticleText is null;

    /// <summary>This metadata with the gaps filled from <paramref name="other"/> (this one's values win).</summary>
    public ExtractedMetadata Or(ExtractedMetadata? other) => other is null ? this : new ExtractedMetadata
    {
        Title = Title ?? other.Title,
        Description = Description ?? other.Description,
        Author = Author ?? other.Author,
        SiteName = SiteName ?? other.SiteName,
        ArticleText = ArticleText ?? other.ArticleText,
        Sources = Sources | other.Sources,
    };
}
