using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SaySomething.Fetching.Http;

/// <summary>
/// Builds the one <see cref="HttpClient"/> a fetcher uses, over a <see cref="SocketsHttpHandler"/> with every unsafe
/// default turned off: no proxy, no automatic redirects, no cookies or credentials, bounded headers and connect
/// time, decompression whose output the fetcher counts, connections only through <see cref="GuardedConnect"/>.
/// TLS validation is the platform's; no validation callback is ever set.
/// </summary>
internal static class GuardedClient
{
    /// <summary>Creates the handler. <paramref name="connect"/> becomes its only way to open connections.</summary>
    public static SocketsHttpHandler CreateHandler(SafeFetcherOptions options, GuardedConnect connect)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            Proxy = null,
            AllowAutoRedirect = false,
            UseCookies = false,
            Credentials = null,
            DefaultProxyCredentials = null,
            PreAuthenticate = false,
            ConnectTimeout = options.ConnectTimeout,
            MaxResponseHeadersLength = options.MaxResponseHeadersKiB,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            MaxResponseDrainSize = 64 * 1024,
            ResponseDrainTimeout = TimeSpan.FromSeconds(1),
            ConnectCallback = connect.ConnectAsync,
        };

        if (options.TestTrustRoot is { } root)
        {
            // Tests only: a private root is trusted like the platform's; chain and host name are still checked.
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.Add(root);
            handler.SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy };
        }

        return handler;
    }

    /// <summary>Creates the client over <paramref name="handler"/>: HTTP/2 or lower (never HTTP/3, whose connections do
    /// not pass through the connect callback), the product's User-Agent, the total timeout as a backstop.</summary>
    public static HttpClient CreateClient(SocketsHttpHandler handler, SafeFetcherOptions options)
    {
        var client = new HttpClient(handler, disposeHandler: true)
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Timeout = options.TotalTimeout,
            MaxResponseContentBufferSize = options.MaxBodyBytesCeiling,
        };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent); // validated: printable ASCII
        return client;
    }

    /// <summary>Creates the GET request for one hop: HTTP/2 or lower, the accepted media types, the checked
    /// destination for the connect callback.</summary>
    public static HttpRequestMessage CreateRequest(Uri url, IReadOnlyList<string> acceptedMediaTypes, Addresses.CheckedDestination destination)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        request.Headers.TryAddWithoutValidation("Accept", string.Join(", ", acceptedMediaTypes));
        request.Options.Set(Addresses.CheckedDestination.OptionKey, destination);
        return request;
    }
}
