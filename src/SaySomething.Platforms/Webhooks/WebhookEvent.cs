namespace SaySomething.Platforms.Webhooks;

/// <summary>What a verified delivery means to the service.</summary>
public enum WebhookEventKind
{
    /// <summary>A post was created or edited: store and judge it.</summary>
    Post,

    /// <summary>An event the rule does not cover (ping, other content, private message): answer 2xx, store nothing.</summary>
    Ignored,

    /// <summary>The body cannot be read as the platform's payload: answer 400, store nothing.</summary>
    Malformed,
}

/// <summary>A verified delivery, read.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="EventName">The platform's event name, when known.</param>
/// <param name="Post">The post, for <see cref="WebhookEventKind.Post"/>.</param>
/// <param name="DedupeKey">The content identity and version that recognises repeats (platforms.md §6.2), for posts.</param>
/// <param name="Detail">Why it is ignored or malformed.</param>
public sealed record WebhookEvent(WebhookEventKind Kind, string EventName, PlatformPost? Post, string? DedupeKey, string? Detail)
{
    /// <summary>A post event.</summary>
    public static WebhookEvent ForPost(string eventName, PlatformPost post, string dedupeKey) => new(WebhookEventKind.Post, eventName, post, dedupeKey, null);

    /// <summary>An ignored event.</summary>
    public static WebhookEvent Ignore(string eventName, string why) => new(WebhookEventKind.Ignored, eventName, null, null, why);

    /// <summary>A malformed delivery.</summary>
    public static WebhookEvent Bad(string eventName, string why) => new(WebhookEventKind.Malformed, eventName, null, null, why);
}
