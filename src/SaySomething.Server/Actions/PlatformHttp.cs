namespace SaySomething.Server.Actions;

/// <summary>
/// The HTTP client the outbox calls forum APIs with: the one place the service creates a client outside the safe
/// fetcher. It is not for what posts link to (that goes through <c>SaySomething.Fetching</c>): it calls only the API
/// base URL an administrator configured for a community, which may rightly be a private address (a forum on the same
/// network), so the fetcher's deny list does not fit. No redirects (a redirect could send the API key elsewhere), no
/// proxy, certificate validation as the platform default, a 20 s timeout (Discourse's own webhook timeout).
/// </summary>
internal static class PlatformHttp
{
    public static HttpClient Create(HttpMessageHandler? handler) => handler is not null
        ? new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(20) }
        : new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(20) };
}
