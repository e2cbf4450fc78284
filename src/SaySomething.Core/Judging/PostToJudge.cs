using SaySomething.Core.Documents;

namespace SaySomething.Core.Judging;

/// <summary>A post as the judge receives it: its text and format, and what the caller knows of its context.</summary>
public sealed class PostToJudge
{
    /// <summary>Gets the post's text exactly as the platform stores or renders it.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the markup the text is written in, or null to detect it.</summary>
    public MarkupFormat? Format { get; init; }

    /// <summary>Gets the title of the thread the post is in, when known: text copied from it is not the poster's own.</summary>
    public string? ThreadTitle { get; init; }

    /// <summary>Gets what is known of the linked content (title, description, article text), keyed by URL.</summary>
    public IReadOnlyList<LinkMetadata> Metadata { get; init; } = [];

    /// <summary>Gets what became of each governed link's metadata when the caller gathered it (fetched, cached, timed out,
    /// failed); the judgement repeats it and says when a verdict was made without it. Empty when nothing was gathered.</summary>
    public IReadOnlyList<LinkMetadataStatus> MetadataStatus { get; init; } = [];

    /// <summary>Gets the community whose policy applies, or null for the policy's defaults.</summary>
    public string? Community { get; init; }

    /// <summary>Gets the forum section whose policy applies within the community, or null.</summary>
    public string? Section { get; init; }
}

/// <summary>What is known about a linked item, given by the caller or fetched: text copied from it is not the poster's.</summary>
/// <param name="Url">The link's address as it appears in the post (or any address with the same canonical id).</param>
/// <param name="Title">The item's title (video title, headline), or null.</param>
/// <param name="Description">The item's description (video description, lede, post text), or null.</param>
/// <param name="ArticleText">The readable text of the page, or null.</param>
public sealed record LinkMetadata(string Url, string? Title = null, string? Description = null, string? ArticleText = null);
