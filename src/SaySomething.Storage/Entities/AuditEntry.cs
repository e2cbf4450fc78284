namespace SaySomething.Storage.Entities;

/// <summary>
/// One row of the append-only audit log: who did what to which target, when and why, for automatic and human
/// actions alike. The database refuses updates and deletes of this table (triggers in the migrations).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets when it happened (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>Gets or sets who acted: <c>system</c>, <c>cli</c>, <c>moderator:ID</c> or <c>api_key:ID</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>Gets or sets the community concerned, or null.</summary>
    public string? CommunityId { get; set; }

    /// <summary>Gets or sets what was done (<c>decision.created</c>, <c>action.done</c>, <c>key.revoked</c>, …).</summary>
    public required string Action { get; set; }

    /// <summary>Gets or sets the kind of target (<c>post</c>, <c>api_key</c>, <c>community</c>, …).</summary>
    public required string TargetKind { get; set; }

    /// <summary>Gets or sets the target's id, or null.</summary>
    public string? TargetId { get; set; }

    /// <summary>Gets or sets why, in words.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets details (before/after, platform answer) as JSON, or null.</summary>
    public string? DetailsJson { get; set; }
}
