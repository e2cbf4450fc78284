using SaySomething.Server.Moderation.Rendering;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation.Queue;

/// <summary>A decision in a few words for the queue: "approved by alice", "flag waiting until 09:15 UTC".</summary>
internal static class DecisionWords
{
    public static string Describe(string action, string actor, DecisionState state, DateTime? graceEndsAt, IReadOnlyDictionary<string, string> names)
    {
        if (actor.StartsWith("moderator:", StringComparison.Ordinal))
        {
            string who = names.TryGetValue(actor, out var name) ? name : actor;
            string done = action switch
            {
                "approve" => "approved",
                "override" => "overridden",
                "remove" => "removed",
                "note" => "noted",
                _ => action,
            };
            return $"{done} by {who}";
        }

        return (action, state) switch
        {
            ("none", _) => "no action needed",
            ("review", _) => "waiting for a moderator",
            (_, DecisionState.InGrace) => $"{action} waiting until {Display.Time(graceEndsAt)}",
            (_, DecisionState.Acted) => $"{action} done",
            (_, DecisionState.Cancelled) => $"{action} cancelled: the author fixed the post",
            (_, DecisionState.Undone) => $"{action} undone",
            _ => action == ModerationAction.Notify ? "author notified" : action,
        };
    }
}
