using SaySomething.Core.Documents;

namespace SaySomething.Platforms;

/// <summary>A post as any platform delivers it, mapped to what the service stores and judges.</summary>
public sealed record PlatformPost
{
    /// <summary>Gets the platform's post id.</summary>
    public required string PostId { get; init; }

    /// <summary>Gets the version of the content (Discourse <c>version</c>, XenForo <c>last_edit_date</c>).</summary>
    public required string Version { get; init; }

    /// <summary>Gets the text the poster wrote, as the platform stores it.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the markup of <see cref="Text"/>.</summary>
    public required MarkupFormat Format { get; init; }

    /// <summary>Gets the thread (topic) id, or null.</summary>
    public string? ThreadId { get; init; }

    /// <summary>Gets the thread's title, or null.</summary>
    public string? ThreadTitle { get; init; }

    /// <summary>Gets the section (category, forum node) id, or null.</summary>
    public string? SectionId { get; init; }

    /// <summary>Gets the author's platform id, or null.</summary>
    public string? AuthorId { get; init; }

    /// <summary>Gets the author's user name, or null.</summary>
    public string? AuthorName { get; init; }

    /// <summary>Gets the post's number in its thread (Discourse <c>post_number</c>), or null.</summary>
    public int? PostNumber { get; init; }

    /// <summary>Gets when the post was written (UTC), or null.</summary>
    public DateTime? PostedAt { get; init; }
}
