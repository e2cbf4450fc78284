using System.Globalization;
using System.Text;
using System.Text.Json;
using SaySomething.Core.Documents;
using SaySomething.Platforms.Actions;
using SaySomething.Platforms.Webhooks;

namespace SaySomething.Platforms.Generic;

/// <summary>
/// A signed JSON webhook for platforms without an adapter and for scripts. Headers:
/// <c>X-SaySomething-Timestamp</c> (Unix seconds) and <c>X-SaySomething-Signature: sha256=HEX</c>, the HMAC-SHA256 of
/// <c>TIMESTAMP.BODY</c> keyed with the secret; a timestamp more than 300 s away from now is refused (replay).
/// Body: <c>{"event": "post_created"|"post_edited", "post": {"id", "version", "text", "format", "thread_id",
/// "thread_title", "section", "author_id", "author_name"}}</c>. It has no API to act through: actions are recorded only.
/// </summary>
public sealed class GenericAdapter(TimeProvider time) : IPlatformAdapter
{
    /// <summary>The adapter's name.</summary>
    public const string AdapterName = "generic";

    /// <summary>How far a timestamp may be from now, either way.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    /// <inheritdoc/>
    public string Name => AdapterName;

    /// <summary>The signature header value for <paramref name="body"/> sent at <paramref name="timestamp"/> (for senders and tests).</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var message = SignedMessage(timestamp.ToString(CultureInfo.InvariantCulture), body);
        return "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <inheritdoc/>
    public WebhookVerification Verify(WebhookRequest request, string secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(secret))
        {
            return WebhookVerification.Refused("no webhook secret is configured for this community");
        }

        string? stamp = request.Header("X-SaySomething-Timestamp");
        if (stamp is null || stamp.Length > 12 || !long.TryParse(stamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            return WebhookVerification.Refused("X-SaySomething-Timestamp is missing or not Unix seconds");
        }

        long now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)Tolerance.TotalSeconds)
        {
            return WebhookVerification.Refused("X-SaySomething-Timestamp is more than 300 s away from now");
        }

        return SignatureMath.HmacSha256HexMatches(request.Header("X-SaySomething-Signature"), secret, SignedMessage(stamp, request.Body.Span))
            ? WebhookVerification.Ok
            : WebhookVerification.Refused("X-SaySomething-Signature does not match");
    }

    /// <inheritdoc/>
    public WebhookEvent Read(WebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var document = JsonFields.ParseObject(request.Body);
        if (document is null)
        {
            return WebhookEvent.Bad("", "the body is not a JSON object");
        }

        string eventName = JsonFields.Text(document.RootElement, "event") ?? "";
        if (eventName is not ("post_created" or "post_edited"))
        {
            return WebhookEvent.Ignore(eventName, $"event '{eventName}' is not judged");
        }

        if (!document.RootElement.TryGetProperty("post", out var post) || post.ValueKind != JsonValueKind.Object)
        {
            return WebhookEvent.Bad(eventName, "the body has no 'post' object");
        }

        string? id = JsonFields.Text(post, "id");
        string? version = JsonFields.Text(post, "version");
        string? text = JsonFields.Text(post, "text");
        if (string.IsNullOrEmpty(id) || id.Length > 128 || string.IsNullOrEmpty(version) || version.Length > 64 || text is null)
        {
            return WebhookEvent.Bad(eventName, "the post needs 'id' (1-128 characters), 'version' (1-64) and 'text'");
        }

        MarkupFormat format;
        switch (JsonFields.Text(post, "format") ?? "plain")
        {
            case "plain": format = MarkupFormat.Plain; break;
            case "markdown": format = MarkupFormat.Markdown; break;
            case "bbcode": format = MarkupFormat.BbCode; break;
            case "html": format = MarkupFormat.Html; break;
            default: return WebhookEvent.Bad(eventName, "'format' must be plain, markdown, bbcode or html");
        }

        var mapped = new PlatformPost
        {
            PostId = id,
            Version = version,
            Text = text,
            Format = format,
            ThreadId = JsonFields.Text(post, "thread_id"),
            ThreadTitle = JsonFields.Text(post, "thread_title"),
            SectionId = JsonFields.Text(post, "section"),
            AuthorId = JsonFields.Text(post, "author_id"),
            AuthorName = JsonFields.Text(post, "author_name"),
        };
        return WebhookEvent.ForPost(eventName, mapped, $"post:{id}|v{version}");
    }

    /// <inheritdoc/>
    public IPlatformClient CreateClient(PlatformConnection connection, HttpClient http) => new RecordOnlyClient();

    private static byte[] SignedMessage(string stamp, ReadOnlySpan<byte> body)
    {
        var message = new byte[stamp.Length + 1 + body.Length];
        Encoding.ASCII.GetBytes(stamp, message);
        message[stamp.Length] = (byte)'.';
        body.CopyTo(message.AsSpan(stamp.Length + 1));
        return message;
    }

    private sealed class RecordOnlyClient : IPlatformClient
    {
        public Task<ActionOutcome> ExecuteAsync(PlatformAction action, CancellationToken cancellationToken)
            => Task.FromResult(ActionOutcome.NotSupported("the generic webhook has no API to act through; recorded only"));

        public Task<ActionState> CheckAsync(PlatformAction action, CancellationToken cancellationToken)
            => Task.FromResult(ActionState.Unknown);
    }
}
