using System.Text.Json;
using SaySomething.Core.Documents;
using SaySomething.Platforms.Actions;
using SaySomething.Platforms.Webhooks;

namespace SaySomething.Platforms.Discourse;

/// <summary>
/// Discourse (platforms.md §1): deliveries signed with <c>X-Discourse-Event-Signature: sha256=HEX</c> (HMAC-SHA256 of the
/// raw body); <c>post_created</c> and <c>post_edited</c> are judged, on <c>raw</c> (Markdown); other events are ignored.
/// Repeats are recognised by instance + post id + version, since an automatic retry has a new event id.
/// </summary>
public sealed class DiscourseAdapter : IPlatformAdapter
{
    /// <summary>The adapter's name.</summary>
    public const string AdapterName = "discourse";

    /// <inheritdoc/>
    public string Name => AdapterName;

    /// <inheritdoc/>
    public WebhookVerification Verify(WebhookRequest request, string secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(secret))
        {
            return WebhookVerification.Refused("no webhook secret is configured for this community");
        }

        var header = request.Header("X-Discourse-Event-Signature");
        if (header is null)
        {
            return WebhookVerification.Refused("X-Discourse-Event-Signature is missing");
        }

        return SignatureMath.HmacSha256HexMatches(header, secret, request.Body.Span)
            ? WebhookVerification.Ok
            : WebhookVerification.Refused("X-Discourse-Event-Signature does not match the body");
    }

    /// <inheritdoc/>
    public WebhookEvent Read(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string eventName = request.Header("X-Discourse-Event") ?? "";
        if (eventName is not ("post_created" or "post_edited"))
        {
            return WebhookEvent.Ignore(eventName, $"event '{eventName}' is not judged");
        }

        using var document = JsonFields.ParseObject(request.Body);
        if (document is null || !document.RootElement.TryGetProperty("post", out var post) || post.ValueKind != JsonValueKind.Object)
        {
            return WebhookEvent.Bad(eventName, "the body is not a JSON object with a 'post' object");
        }

        long? id = JsonFields.Integer(post, "id");
        long? version = JsonFields.Integer(post, "version");
        string? raw = JsonFields.Text(post, "raw");
        if (id is null || version is null || raw is null)
        {
            return WebhookEvent.Bad(eventName, "the post has no 'id', 'version' or 'raw'");
        }

        if (JsonFields.Text(post, "topic_archetype") == "private_message")
        {
            return WebhookEvent.Ignore(eventName, "private messages are not judged");
        }

        // 1 = a regular post; moderator actions, small actions and whispers are not members' posts.
        if (JsonFields.Integer(post, "post_type") is { } type && type != 1)
        {
            return WebhookEvent.Ignore(eventName, $"post_type {type} is not a regular post");
        }

        string instance = request.Header("X-Discourse-Instance") ?? "";
        var mapped = new PlatformPost
        {
            PostId = HttpAnswers.Invariant(id.Value),
            Version = HttpAnswers.Invariant(version.Value),
            Text = raw,
            Format = MarkupFormat.Markdown,
            ThreadId = JsonFields.Text(post, "topic_id"),
            ThreadTitle = JsonFields.Text(post, "topic_title"),
            SectionId = JsonFields.Text(post, "category_id"),
            AuthorId = JsonFields.Text(post, "user_id"),
            AuthorName = JsonFields.Text(post, "username"),
            PostNumber = JsonFields.Integer(post, "post_number") is { } n && n is > 0 and < int.MaxValue ? (int)n : null,
            PostedAt = JsonFields.Time(post, "created_at"),
        };
        return WebhookEvent.ForPost(eventName, mapped, $"{instance}|post:{mapped.PostId}|v{mapped.Version}");
    }

    /// <inheritdoc/>
    public IPlatformClient CreateClient(PlatformConnection connection, HttpClient http) => new DiscourseClient(connection, http);
}
