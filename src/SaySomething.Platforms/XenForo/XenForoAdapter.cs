using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SaySomething.Core.Documents;
using SaySomething.Platforms.Actions;
using SaySomething.Platforms.Webhooks;

namespace SaySomething.Platforms.XenForo;

/// <summary>
/// XenForo 2.3 (platforms.md §2.2): the configured secret arrives verbatim in <c>XF-Webhook-Secret</c> (no HMAC, no
/// timestamp); <c>insert</c> and <c>update</c> of content type <c>post</c> are judged, on <c>data.message</c> (BB code).
/// Repeats are recognised by post id + <c>last_edit_date</c> + a hash of the message, so an <c>update</c> that did not
/// change the message (a reaction, a state change) is a repeat.
/// </summary>
public sealed class XenForoAdapter : IPlatformAdapter
{
    /// <summary>The adapter's name.</summary>
    public const string AdapterName = "xenforo";

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

        var given = request.Header("XF-Webhook-Secret");
        if (given is null)
        {
            return WebhookVerification.Refused("XF-Webhook-Secret is missing");
        }

        return SignatureMath.SecretsEqual(given, secret)
            ? WebhookVerification.Ok
            : WebhookVerification.Refused("XF-Webhook-Secret does not match");
    }

    /// <inheritdoc/>
    public WebhookEvent Read(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string eventName = request.Header("XF-Webhook-Event") ?? "";
        string contentType = request.Header("XF-Content-Type") ?? "";
        if (contentType != "post" || eventName is not ("insert" or "update"))
        {
            return WebhookEvent.Ignore(eventName, $"'{eventName}' of content type '{contentType}' is not judged");
        }

        using var document = JsonFields.ParseObject(request.Body);
        if (document is null || !document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return WebhookEvent.Bad(eventName, "the body is not a JSON object with a 'data' object");
        }

        long? id = JsonFields.Integer(data, "post_id") ?? JsonFields.Integer(document.RootElement, "content_id");
        string? message = JsonFields.Text(data, "message");
        if (id is null || message is null)
        {
            return WebhookEvent.Bad(eventName, "the post has no 'post_id' or 'message'");
        }

        if (JsonFields.Text(data, "message_state") is { } state && state != "visible")
        {
            return WebhookEvent.Ignore(eventName, $"the post is '{state}', not visible");
        }

        long lastEdit = JsonFields.Integer(data, "last_edit_date") ?? 0;
        long? postDate = JsonFields.Integer(data, "post_date");
        string? threadTitle = data.TryGetProperty("Thread", out var thread) ? JsonFields.Text(thread, "title") : null;
        string? section = data.TryGetProperty("Thread", out thread) ? JsonFields.Text(thread, "node_id") : null;
        var post = new PlatformPost
        {
            PostId = HttpAnswers.Invariant(id.Value),
            Version = HttpAnswers.Invariant(lastEdit),
            Text = message,
            Format = MarkupFormat.BbCode,
            ThreadId = JsonFields.Text(data, "thread_id"),
            ThreadTitle = threadTitle,
            SectionId = section,
            AuthorId = JsonFields.Text(data, "user_id"),
            AuthorName = JsonFields.Text(data, "username"),
            PostNumber = JsonFields.Integer(data, "position") is { } p && p is >= 0 and < int.MaxValue ? (int)p + 1 : null,
            PostedAt = postDate is { } seconds && seconds is > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : null,
        };
        string messageHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message)))[..16];
        return WebhookEvent.ForPost(eventName, post, $"post:{post.PostId}|e{post.Version}|m{messageHash}");
    }

    /// <inheritdoc/>
    public IPlatformClient CreateClient(PlatformConnection connection, HttpClient http) => new XenForoClient(connection, http);
}
