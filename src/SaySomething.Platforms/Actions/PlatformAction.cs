namespace SaySomething.Platforms.Actions;

/// <summary>The kinds of call the service makes to a platform.</summary>
public static class PlatformActionKind
{
    /// <summary>Tell the author privately what is missing (at the start of the grace period).</summary>
    public const string TellAuthor = "tell_author";

    /// <summary>Put the post before the moderators with the explanation (Discourse flag; XenForo conversation to moderators).</summary>
    public const string Flag = "flag";

    /// <summary>Hide the post (soft delete with a reason).</summary>
    public const string Hide = "hide";

    /// <summary>Send the author a private message as the action.</summary>
    public const string MessageAuthor = "message_author";

    /// <summary>Undo a hide after the author fixed the post.</summary>
    public const string Restore = "restore";
}

/// <summary>One call to make: what, on which post, for whom, with which words.</summary>
public sealed record PlatformAction
{
    /// <summary>Gets the kind (<see cref="PlatformActionKind"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the platform's post id.</summary>
    public required string PostId { get; init; }

    /// <summary>Gets the thread id, or null.</summary>
    public string? ThreadId { get; init; }

    /// <summary>Gets the author's platform id, or null.</summary>
    public string? AuthorId { get; init; }

    /// <summary>Gets the author's user name, or null.</summary>
    public string? AuthorName { get; init; }

    /// <summary>Gets the message title (private messages), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the text of the message, flag or reason.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the key that identifies this action across attempts (<c>decision id:kind</c>).</summary>
    public required string IdempotencyKey { get; init; }
}
