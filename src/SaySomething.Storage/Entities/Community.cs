namespace SaySomething.Storage.Entities;

/// <summary>
/// A forum (or one board of it) that the service enforces the rule on: where its deliveries come from, how to act on
/// it, and its moderation settings. The moderation UI edits these settings; the service reads them per delivery.
/// </summary>
public sealed class Community
{
    /// <summary>Gets or sets the community id used in webhook URLs and API keys (1-64 of a-z, 0-9, '_', '-').</summary>
    public required string Id { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the platform adapter's name: <c>discourse</c>, <c>xenforo</c> or <c>generic</c>.</summary>
    public required string Platform { get; set; }

    /// <summary>Gets or sets the secret deliveries are verified with, encrypted (<see cref="Secrets.SecretProtector"/>); null refuses every delivery (fail closed).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Gets or sets the forum's base URL for API calls (e.g. <c>https://forum.example.org</c>), or null for none.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Gets or sets the platform API key the service acts with, encrypted (<see cref="Secrets.SecretProtector"/>), or null when it only records.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the platform user the service acts as (Discourse username, XenForo user id).</summary>
    public string? ApiUser { get; set; }

    /// <summary>Gets or sets the recipients of moderator messages where the platform has no flag (XenForo user ids, comma-separated).</summary>
    public string? ModeratorRecipients { get; set; }

    /// <summary>Gets or sets the judging preset: <c>lenient</c>, <c>standard</c> or <c>strict</c>.</summary>
    public string PolicyPreset { get; set; } = "standard";

    /// <summary>Gets or sets the governed links: <c>social_and_video</c>, <c>social_video_and_articles</c> or <c>any_external</c>.</summary>
    public string GovernedProviders { get; set; } = "social_video_and_articles";

    /// <summary>Gets or sets the locale of messages to posters.</summary>
    public string Locale { get; set; } = "en";

    /// <summary>Gets or sets the grace period in seconds before an action is taken (default 15 minutes).</summary>
    public int GraceSeconds { get; set; } = 15 * 60;

    /// <summary>Gets or sets the action for sections without their own (<see cref="ModerationAction"/> name).</summary>
    public string DefaultAction { get; set; } = ModerationAction.Notify;

    /// <summary>
    /// Gets or sets the web origins (space-separated, e.g. <c>https://forum.example.org</c>) whose pages may call the
    /// check API with this community's check-only keys (the composer guard); null or empty allows none.
    /// </summary>
    public string? GuardOrigins { get; set; }

    /// <summary>Gets or sets when the community was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets the sections with their own settings.</summary>
    public List<CommunitySection> Sections { get; } = [];
}
