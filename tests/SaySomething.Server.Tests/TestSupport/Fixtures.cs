using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SaySomething.Server.Tests.TestSupport;

/// <summary>Webhook bodies shaped as platforms.md documents them (our own values).</summary>
public static class Fixtures
{
    /// <summary>A YouTube link with nothing else.</summary>
    public const string DriveByMarkdown = "https://www.youtube.com/watch?v=aBcD3fGh1jK";

    /// <summary>A YouTube link with the poster's own view.</summary>
    public const string CommentedMarkdown = "Worth watching for the part on cache invalidation at 12:30, it changed how I think about TTLs.\n\nhttps://www.youtube.com/watch?v=aBcD3fGh1jK";

    /// <summary>The <c>X-Discourse-Event-Signature</c> value for <paramref name="body"/>.</summary>
    public static string DiscourseSignature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    /// <summary>A compact Discourse <c>post</c> envelope.</summary>
    public static string DiscoursePost(long id, int version, string raw, long topicId = 342, long userId = 57, string username = "priya_n", int postNumber = 4, string archetype = "regular")
    {
        var post = new JsonObject
        {
            ["id"] = id,
            ["name"] = "Priya N",
            ["username"] = username,
            ["created_at"] = "2025-03-14T09:26:53.512Z",
            ["cooked"] = "<p>(cooked)</p>",
            ["post_number"] = postNumber,
            ["post_type"] = 1,
            ["updated_at"] = "2025-03-14T09:26:53.512Z",
            ["reply_to_post_number"] = null,
            ["topic_id"] = topicId,
            ["topic_slug"] = "caching-talks-worth-watching",
            ["topic_title"] = "Caching talks worth watching",
            ["category_id"] = 5,
            ["version"] = version,
            ["raw"] = raw,
            ["user_id"] = userId,
            ["hidden"] = false,
            ["deleted_at"] = null,
            ["topic_archetype"] = archetype,
            ["category_slug"] = "general",
        };
        return new JsonObject { ["post"] = post }.ToJsonString();
    }

    /// <summary>A XenForo 2.3 webhook body for a post.</summary>
    public static string XenForoPost(long id, string message, long lastEdit = 0, string eventName = "insert", long userId = 45, long threadId = 4321)
    {
        var data = new JsonObject
        {
            ["post_id"] = id,
            ["thread_id"] = threadId,
            ["user_id"] = userId,
            ["username"] = "alice",
            ["post_date"] = 1741944413,
            ["message"] = message,
            ["message_state"] = "visible",
            ["position"] = 7,
            ["last_edit_date"] = lastEdit,
            ["reaction_score"] = 0,
        };
        return new JsonObject { ["content_type"] = "post", ["event"] = eventName, ["content_id"] = id, ["data"] = data }.ToJsonString();
    }
}
