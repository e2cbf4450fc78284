namespace SaySomething.Server.Moderation.Rendering;

/// <summary>
/// The messages shown after a redirect, chosen by a fixed key in the query string (<c>?done=approved</c>): text from
/// the address is never shown, so a crafted link cannot put words on the page.
/// </summary>
internal static class FlashMessages
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["approved"] = "Approved. Any waiting automatic action on this post was cancelled.",
        ["overridden"] = "The verdict was overridden.",
        ["removed"] = "Removal queued: the service will hide the post on the forum.",
        ["removed-recorded"] = "Removal recorded. This community has no platform API configured, so remove the post on the forum yourself.",
        ["noted"] = "Note added.",
        ["settings"] = "Settings saved.",
        ["password"] = "Password changed.",
        ["disabled"] = "Account disabled; its sessions have ended.",
        ["signed-out"] = "You are signed out.",
    };

    public static string? From(string? key) => key is not null && Texts.TryGetValue(key, out var text) ? text : null;
}
