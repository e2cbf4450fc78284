namespace SaySomething.Storage.Entities;

/// <summary>
/// A verified webhook delivery, stored before it is acknowledged (the inbox). Unique by platform, community and
/// dedupe key (the content's identity and version), so a repeated delivery is recognised and changes nothing.
/// </summary>
public sealed class WebhookDelivery
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the platform adapter's name.</summary>
    public required string Platform { get; set; }

    /// <summary>Gets or sets the community it was delivered for.</summary>
    public required string CommunityId { get; set; }

    /// <summary>Gets or sets the content identity and version (e.g. <c>post:1187:v1</c>).</summary>
    public required string DedupeKey { get; set; }

    /// <summary>Gets or sets the platform's event name (<c>post_created</c>, <c>insert</c>, …).</summary>
    public required string EventName { get; set; }

    /// <summary>Gets or sets the request headers that matter for processing, as a JSON object (never the secret).</summary>
    public required string HeadersJson { get; set; }

    /// <summary>Gets or sets the raw body exactly as received.</summary>
    public required byte[] Body { get; set; }

    /// <summary>Gets or sets when it was received (UTC).</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>Gets or sets the processing state (<see cref="DeliveryState"/>).</summary>
    public DeliveryState State { get; set; }

    /// <summary>Gets or sets how many processing attempts failed.</summary>
    public int Attempts { get; set; }

    /// <summary>Gets or sets when the next processing attempt is due (UTC).</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>Gets or sets the last processing error, or null.</summary>
    public string? LastError { get; set; }

    /// <summary>Gets or sets when processing finished (UTC), or null.</summary>
    public DateTime? ProcessedAt { get; set; }
}

/// <summary>Where a delivery is in processing.</summary>
public enum DeliveryState
{
    /// <summary>Stored and acknowledged; not processed yet (or waiting for a retry).</summary>
    Pending = 0,

    /// <summary>Processed: its post was judged and its decision written.</summary>
    Processed = 1,

    /// <summary>Nothing to do (an event or content the rule does not cover).</summary>
    Ignored = 2,

    /// <summary>Gave up after the last retry; a moderator must look at it.</summary>
    Failed = 3,
}
