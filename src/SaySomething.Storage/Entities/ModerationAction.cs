namespace SaySomething.Storage.Entities;

/// <summary>What the service does about a drive-by in a community or section once the grace period is over.</summary>
public static class ModerationAction
{
    /// <summary>Only tell the author what is missing; moderators see the post in the queue.</summary>
    public const string Notify = "notify";

    /// <summary>Tell the author, then flag the post for moderators with the explanation.</summary>
    public const string Flag = "flag";

    /// <summary>Tell the author, then hide (soft-delete) the post.</summary>
    public const string Hide = "hide";

    /// <summary>Tell the author, then send them a private message as the action (no change to the post).</summary>
    public const string Message = "message";

    /// <summary>Every action name, for validation.</summary>
    public static readonly IReadOnlyList<string> All = [Notify, Flag, Hide, Message];
}
