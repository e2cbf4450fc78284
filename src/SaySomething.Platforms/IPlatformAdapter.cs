using SaySomething.Platforms.Actions;
using SaySomething.Platforms.Webhooks;

namespace SaySomething.Platforms;

/// <summary>
/// One platform behind the seam. A new platform (Reddit, Discord, Lemmy) is a new implementation registered in
/// <see cref="PlatformRegistry"/>; the engine, the queue and the storage do not change. Polling platforms implement
/// <see cref="Read"/> for the items their poller fetches and need no webhook verification.
/// </summary>
public interface IPlatformAdapter
{
    /// <summary>Gets the adapter's name, used in webhook URLs and stored with each community (<c>discourse</c>, …).</summary>
    string Name { get; }

    /// <summary>
    /// Checks that <paramref name="request"/> comes from the platform, on the raw body and in constant time, before
    /// anything parses it. An empty <paramref name="secret"/> is always refused (fail closed).
    /// </summary>
    WebhookVerification Verify(WebhookRequest request, string secret);

    /// <summary>Maps a verified delivery to a post event, or says why it is ignored or malformed. Never throws on content.</summary>
    WebhookEvent Read(WebhookRequest request);

    /// <summary>Creates the client that acts on the platform for one community's connection.</summary>
    IPlatformClient CreateClient(PlatformConnection connection, HttpClient http);
}
