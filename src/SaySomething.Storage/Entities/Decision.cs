namespace SaySomething.Storage.Entities;

/// <summary>
/// What was decided about one version of a post: automatically by the service (one per post version, enforced by
/// <see cref="AutomaticKey"/>) or by a moderator (approve, override, remove, note).
/// </summary>
public sealed class Decision
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the post.</summary>
    public long PostId { get; set; }

    /// <summary>Gets or sets the post version decided on.</summary>
    public required string Version { get; set; }

    /// <summary>Gets or sets the unique key of an automatic decision (<c>post id/version</c>); null for a moderator's.</summary>
    public string? AutomaticKey { get; set; }

    /// <summary>Gets or sets the delivery that led to it, or null.</summary>
    public long? DeliveryId { get; set; }

    /// <summary>Gets or sets the verdict decided on.</summary>
    public required string Verdict { get; set; }

    /// <summary>Gets or sets the reason, or null.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets the action planned (<see cref="ModerationAction"/>), <c>none</c>, or a moderator's action name.</summary>
    public required string Action { get; set; }

    /// <summary>Gets or sets who decided: <c>system</c> or <c>moderator:ID</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>Gets or sets a note (why), or null.</summary>
    public string? Note { get; set; }

    /// <summary>Gets or sets when it was decided (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets when the grace period ends (UTC), or null when no action waits.</summary>
    public DateTime? GraceEndsAt { get; set; }

    /// <summary>Gets or sets the decision's state (<see cref="DecisionState"/>).</summary>
    public DecisionState State { get; set; }
}

/// <summary>Where a decision's action stands.</summary>
public enum DecisionState
{
    /// <summary>Nothing to do (a comment, or notify only).</summary>
    Closed = 0,

    /// <summary>The author was told; the action waits for the grace period.</summary>
    InGrace = 1,

    /// <summary>The action was taken.</summary>
    Acted = 2,

    /// <summary>The author fixed the post in time: no action was taken.</summary>
    Cancelled = 3,

    /// <summary>The author fixed the post after the action: it was undone.</summary>
    Undone = 4,
}
