using SaySomething.Server.Moderation.Rendering;

namespace SaySomething.Server.Moderation.AuditTrail;

/// <summary>The audit page's filters.</summary>
public sealed record AuditFilter
{
    /// <summary>Gets the community id, or null.</summary>
    public string? Community { get; init; }

    /// <summary>Gets the actor (<c>system</c>, <c>moderator:3</c>, or an account name), or null.</summary>
    public string? Actor { get; init; }

    /// <summary>Gets the action or its start (<c>post.</c> matches every post action), or null.</summary>
    public string? Action { get; init; }

    /// <summary>Gets the target id (a post id, an account name), or null.</summary>
    public string? Target { get; init; }

    /// <summary>Gets the first day (UTC), or null.</summary>
    public DateTime? From { get; init; }

    /// <summary>Gets the last day (UTC, inclusive), or null.</summary>
    public DateTime? To { get; init; }

    /// <summary>Gets the page (from 1).</summary>
    public int Page { get; init; } = 1;

    /// <summary>Gets what is wrong with the filters.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>The address of these filters on <paramref name="page"/>.</summary>
    public string QueryFor(int page) => new PageQuery("/ui/audit")
        .Add("community", Community)
        .Add("actor", Actor)
        .Add("action", Action)
        .Add("target", Target)
        .Add("from", From)
        .Add("to", To)
        .Page(page)
        .ToString();
}

/// <summary>One audit row as shown.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who, readable.</param>
/// <param name="Community">The community, or null.</param>
/// <param name="Action">What.</param>
/// <param name="Target">The target kind and id.</param>
/// <param name="Reason">Why, or null.</param>
/// <param name="Details">The details JSON, or null.</param>
public sealed record AuditRow(DateTime At, string Actor, string? Community, string Action, string Target, string? Reason, string? Details);

/// <summary>One page of the audit log.</summary>
/// <param name="Filter">The filters in force.</param>
/// <param name="Communities">Every community, for the filter.</param>
/// <param name="Rows">The rows, newest first.</param>
/// <param name="Total">How many rows match.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record AuditView(AuditFilter Filter, IReadOnlyList<Rendering.CommunityChoice> Communities, IReadOnlyList<AuditRow> Rows, int Total, int PageSize)
{
    /// <summary>Gets the number of pages.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
