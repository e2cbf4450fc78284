namespace SaySomething.Storage.Entities;

/// <summary>
/// A call to a platform, written in the same transaction as the decision that wants it and sent by the dispatcher:
/// one row per (decision, action kind), so an action is planned once whatever repeats.
/// </summary>
public sealed class OutboxAction
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the decision that planned it.</summary>
    public long DecisionId { get; set; }

    /// <summary>Gets or sets the community whose platform is called.</summary>
    public required string CommunityId { get; set; }

    /// <summary>Gets or sets the action kind (<c>tell_author</c>, <c>flag</c>, <c>hide</c>, <c>message_author</c>, <c>restore</c>).</summary>
    public required string Kind { get; set; }

    /// <summary>Gets or sets the unique key <c>decision id:kind</c> that makes the action happen at most once.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>Gets or sets what the platform call needs (post, thread, author, text), as JSON.</summary>
    public required string PayloadJson { get; set; }

    /// <summary>Gets or sets the state (<see cref="OutboxState"/>).</summary>
    public OutboxState State { get; set; }

    /// <summary>Gets or sets when the action may be sent (UTC): the end of the grace period, or a retry time.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>Gets or sets how many attempts were made.</summary>
    public int Attempts { get; set; }

    /// <summary>Gets or sets the last error or platform answer, or null.</summary>
    public string? LastError { get; set; }

    /// <summary>Gets or sets the platform's reference for what was done (post action id, message id), or null.</summary>
    public string? ExternalRef { get; set; }

    /// <summary>Gets or sets when the row was written (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets when it was done, cancelled or given up (UTC), or null.</summary>
    public DateTime? FinishedAt { get; set; }
}

/// <summary>Where an outbox action stands.</summary>
public enum OutboxState
{
    /// <summary>Waiting to be sent (or for a retry).</summary>
    Pending = 0,

    /// <summary>Claimed for sending: if the process stops now, the platform's state is checked before any resend.</summary>
    Sending = 1,

    /// <summary>Done at the platform.</summary>
    Done = 2,

    /// <summary>Not needed any more (the author fixed the post in time).</summary>
    Cancelled = 3,

    /// <summary>Given up: a permanent error or too many attempts; moderators see it.</summary>
    Failed = 4,

    /// <summary>The process stopped mid-call and the platform cannot tell whether it was done: not resent (at most once).</summary>
    Uncertain = 5,
}
