namespace SaySomething.Platforms.Actions;

/// <summary>How a platform call ended.</summary>
public enum ActionStatus
{
    /// <summary>Done (or found already done).</summary>
    Done,

    /// <summary>A transient failure (5xx, 429, timeout): try again, not before <see cref="ActionOutcome.RetryAfter"/> when given.</summary>
    RetryLater,

    /// <summary>A permanent failure (4xx other than 429): moderators must look at it.</summary>
    Failed,

    /// <summary>The platform cannot do this through its API.</summary>
    Unsupported,
}

/// <summary>The result of one platform call.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Detail">The platform's answer or the reason, for the audit log.</param>
/// <param name="ExternalRef">The platform's id for what was created (message, flag), or null.</param>
/// <param name="RetryAfter">How long the platform asked us to wait (Retry-After), or null.</param>
public sealed record ActionOutcome(ActionStatus Status, string Detail, string? ExternalRef = null, TimeSpan? RetryAfter = null)
{
    /// <summary>A done call.</summary>
    public static ActionOutcome Done(string detail, string? externalRef = null) => new(ActionStatus.Done, detail, externalRef);

    /// <summary>A transient failure.</summary>
    public static ActionOutcome Retry(string detail, TimeSpan? after = null) => new(ActionStatus.RetryLater, detail, null, after);

    /// <summary>A permanent failure.</summary>
    public static ActionOutcome Fail(string detail) => new(ActionStatus.Failed, detail);

    /// <summary>Not possible on this platform.</summary>
    public static ActionOutcome NotSupported(string detail) => new(ActionStatus.Unsupported, detail);
}

/// <summary>What the platform's current state says about an action whose result was never recorded.</summary>
public enum ActionState
{
    /// <summary>The platform shows it done.</summary>
    Done,

    /// <summary>The platform shows it not done: safe to send.</summary>
    NotDone,

    /// <summary>The platform cannot tell (a message may or may not have been sent).</summary>
    Unknown,
}
