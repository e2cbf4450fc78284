namespace SaySomething.Server.Checking;

/// <summary>The body of <c>POST /v1/check</c>: a post and what the caller knows of its context.</summary>
/// <param name="Text">The post's text (at most 1 Mi characters).</param>
/// <param name="Format"><c>auto</c> (default), <c>plain</c>, <c>bbcode</c>, <c>markdown</c> or <c>html</c>.</param>
/// <param name="Community">The community whose settings apply, or null for the defaults (a key limited to a community always uses it).</param>
/// <param name="Section">The section within the community, or null.</param>
/// <param name="ThreadTitle">The thread's title, or null.</param>
/// <param name="Metadata">What is known of the linked items, or null.</param>
public sealed record CheckRequest(
    string? Text,
    string? Format = null,
    string? Community = null,
    string? Section = null,
    string? ThreadTitle = null,
    IReadOnlyList<CheckLinkMetadata>? Metadata = null);

/// <summary>What the caller knows of one linked item.</summary>
/// <param name="Url">The link as it appears in the post.</param>
/// <param name="Title">The item's title, or null.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="ArticleText">Its readable text, or null.</param>
public sealed record CheckLinkMetadata(string? Url, string? Title = null, string? Description = null, string? ArticleText = null);
