using SaySomething.Core.Judging;

namespace SaySomething.Metadata;

/// <summary>What was gathered for one post's governed links, one report per link in the post's order.</summary>
/// <param name="Links">A report per governed link (duplicates of one canonical id reported once).</param>
/// <param name="Elapsed">How long gathering took, at most the budget plus a little.</param>
public sealed record GatheredMetadata(IReadOnlyList<LinkReport> Links, TimeSpan Elapsed)
{
    /// <summary>Gets nothing gathered (no governed link, or fetching off).</summary>
    public static GatheredMetadata None { get; } = new([], TimeSpan.Zero);

    /// <summary><paramref name="post"/> with the gathered metadata added to any the caller gave, and each link's status.</summary>
    public PostToJudge ApplyTo(PostToJudge post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (Links.Count == 0)
        {
            return post;
        }

        return new PostToJudge
        {
            Text = post.Text,
            Format = post.Format,
            ThreadTitle = post.ThreadTitle,
            Community = post.Community,
            Section = post.Section,
            Metadata = [.. post.Metadata, .. Links.Select(l => l.ToLinkMetadata()).OfType<LinkMetadata>()],
            MetadataStatus = [.. post.MetadataStatus, .. Links.Select(l => l.ToStatus())],
        };
    }
}
