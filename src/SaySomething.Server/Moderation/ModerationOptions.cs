namespace SaySomething.Server.Moderation;

/// <summary>The moderation UI's limits and security settings; every limit is explicit and shown in the UI when reached.</summary>
public sealed class ModerationOptions
{
    /// <summary>Gets or sets the posts per queue page.</summary>
    public int QueuePageSize { get; set; } = 25;

    /// <summary>Gets or sets the rows per audit-log page.</summary>
    public int AuditPageSize { get; set; } = 50;

    /// <summary>Gets or sets the highest page number a list accepts (deeper paging asks the moderator to narrow the filters).</summary>
    public int MaxPage { get; set; } = 2_000;

    /// <summary>Gets or sets the failed sign-ins of one account after which it is locked for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>Gets or sets the failed sign-ins from one address after which it is locked for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedSignInsPerAddress { get; set; } = 20;

    /// <summary>Gets or sets how long failures are remembered and how long a lockout lasts.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets the sign-in attempts one address may make per minute (answered 429 beyond).</summary>
    public int SignInAttemptsPerMinute { get; set; } = 30;

    /// <summary>Gets or sets how long a session lasts without use.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Gets or sets the most posts the statistics page aggregates at once (a larger range asks for a narrower one).</summary>
    public int MaxStatisticsPosts { get; set; } = 200_000;

    /// <summary>Gets or sets the longest range of days the statistics page accepts.</summary>
    public int MaxStatisticsDays { get; set; } = 366;

    /// <summary>Gets or sets the most characters of a post the post page shows highlighted (the rest is cut with a note).</summary>
    public int MaxShownCharacters { get; set; } = 100_000;

    /// <summary>
    /// Gets or sets the folder of the keys that protect session cookies and form tokens, or null for <c>keys</c> in the
    /// store's key folder (beside the data, with SQLite and PostgreSQL alike).
    /// </summary>
    public string? KeysDirectory { get; set; }
}
