using SaySomething.Server.Moderation;
using SaySomething.Storage;

namespace SaySomething.Server.Hosting;

/// <summary>Everything the service can be told at start; the defaults are what <c>saysomething serve</c> uses.</summary>
public sealed class ServiceOptions
{
    /// <summary>The address <c>saysomething serve</c> listens on without <c>--urls</c>.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Gets or sets where the data lives.</summary>
    public required StoreLocation Store { get; set; }

    /// <summary>Gets or sets the addresses to listen on (semicolon-separated).</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>Gets or sets the clock (tests inject a fake one to walk through grace periods).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets a value indicating whether a first run creates the demo community with the bundled samples.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the inbox worker and outbox dispatcher run (tests may drive them by hand).</summary>
    public bool RunWorkers { get; set; } = true;

    /// <summary>Gets or sets how often the workers look for due work when nothing wakes them.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long a looked-up API key is trusted before it is looked up again (revocation delay).</summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the <c>POST /v1/check</c> requests one key may make per <see cref="RateWindow"/>.</summary>
    public int CheckPermitsPerWindow { get; set; } = 6000;

    /// <summary>
    /// Gets or sets the checks one check-only key may make from one client address per <see cref="RateWindow"/>, and the
    /// guard's CORS preflights per address. A check-only key sits in forum pages for anyone to read, so it is limited
    /// per address: one caller cannot use up a forum's checks (a typing poster makes at most about 75 a minute).
    /// </summary>
    public int GuardPermitsPerAddress { get; set; } = 600;

    /// <summary>Gets or sets the deliveries one community may receive from one address per <see cref="RateWindow"/>.</summary>
    public int WebhookPermitsPerWindow { get; set; } = 1200;

    /// <summary>Gets or sets the rate limiters' window.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how many times a delivery is processed before it is marked failed.</summary>
    public int MaxDeliveryAttempts { get; set; } = 8;

    /// <summary>Gets or sets how many times a platform call is attempted before it is marked failed.</summary>
    public int MaxActionAttempts { get; set; } = 8;

    /// <summary>Gets or sets the platform calls per community per minute (Discourse allows 60 admin-API requests a minute by default).</summary>
    public int PlatformCallsPerMinute { get; set; } = 50;

    /// <summary>Gets or sets the handler platform calls go through, or null for the default (no redirects, 20 s timeout).</summary>
    public HttpMessageHandler? PlatformHandler { get; set; }

    /// <summary>Gets or sets where startup notices go (first-run password, demo secret); null for standard output.</summary>
    public TextWriter? Notices { get; set; }

    /// <summary>Gets or sets the moderation UI's limits and security settings.</summary>
    public ModerationOptions Moderation { get; set; } = new();
}
