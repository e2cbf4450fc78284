namespace SaySomething.Platforms.Webhooks;

/// <summary>Whether a delivery is genuine, and if not, why (for the log; the sender only sees 401).</summary>
/// <param name="Valid">True when the delivery is genuine.</param>
/// <param name="Problem">Why it was refused, or null.</param>
public readonly record struct WebhookVerification(bool Valid, string? Problem)
{
    /// <summary>A genuine delivery.</summary>
    public static WebhookVerification Ok { get; } = new(true, null);

    /// <summary>A refused delivery.</summary>
    public static WebhookVerification Refused(string problem) => new(false, problem);
}
