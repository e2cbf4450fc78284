namespace SaySomething.Storage.Entities;

/// <summary>A post of a community as last seen, with its latest judgement: the moderation queue lists these.</summary>
public sealed class PostRecord
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the community.</summary>
    public required string CommunityId { get; set; }

    /// <summary>Gets or sets the platform's post id as text.</summary>
    public required string ExternalId { get; set; }

    /// <summary>Gets or sets the platform's version of the post last judged (Discourse <c>version</c>, XenForo <c>last_edit_date</c>).</summary>
    public required string Version { get; set; }

    /// <summary>Gets or sets the thread (topic) id, or null.</summary>
    public string? ThreadId { get; set; }

    /// <summary>Gets or sets the thread's title, or null.</summary>
    public string? ThreadTitle { get; set; }

    /// <summary>Gets or sets the section (category, forum node) id, or null.</summary>
    public string? SectionId { get; set; }

    /// <summary>Gets or sets the author's platform id, or null.</summary>
    public string? AuthorId { get; set; }

    /// <summary>Gets or sets the author's user name, or null.</summary>
    public string? AuthorName { get; set; }

    /// <summary>Gets or sets the post's text as the platform stores it.</summary>
    public required string Text { get; set; }

    /// <summary>Gets or sets the markup format name (<c>markdown</c>, <c>bbcode</c>, <c>html</c>, <c>plain</c>).</summary>
    public required string Format { get; set; }

    /// <summary>Gets or sets the latest verdict name (<c>drive_by</c>, <c>commented</c>, …).</summary>
    public required string Verdict { get; set; }

    /// <summary>Gets or sets the latest drive-by reason name, or null.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets the governed links' providers, comma-separated (for filters), or null.</summary>
    public string? Providers { get; set; }

    /// <summary>Gets or sets the latest judgement as <c>JudgementJson</c>.</summary>
    public required string JudgementJson { get; set; }

    /// <summary>Gets or sets the own-word spans as a JSON array of <c>[start, end]</c> pairs (UTF-16 offsets into <see cref="Text"/>).</summary>
    public required string OwnWordSpansJson { get; set; }

    /// <summary>Gets or sets when the platform says the post was written (UTC), or null.</summary>
    public DateTime? PostedAt { get; set; }

    /// <summary>Gets or sets when the service first saw the post (UTC).</summary>
    public DateTime FirstSeenAt { get; set; }

    /// <summary>Gets or sets when the latest judgement was made (UTC).</summary>
    public DateTime JudgedAt { get; set; }
}
