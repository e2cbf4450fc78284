using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Tls;

/// <summary>TLS validation is the platform's: an untrusted certificate is refused, a trusted one works (over HTTP/2,
/// which the server offers), and the host name in the URL is the one checked against the certificate.</summary>
public sealed class TlsTests
{
    [Fact]
    public async Task Self_signed_server_is_refused()
    {
        var resolver = new StubResolver().Map(TestCertificates.SelfSignedHost, "127.0.0.1");
        int port = TestWebServer.Shared.HttpsPort;
        using SafeFetcher fetcher = Fetchers.Create(resolver, options: new SafeFetcherOptions
        {
            UnsafeLoopbackAccessForTests = LoopbackTestAccess.ForTestServersOnPorts(port),
        });

        FetchResult result = await fetcher.GetAsync($"https://{TestCertificates.SelfSignedHost}:{port}/ok");

        Assert.Equal(FetchFailure.ConnectionFailed, result.Failure);
        Assert.Contains("TLS", result.Detail, StringComparison.Ordinal);
        Assert.True(result.Body.IsEmpty);
    }

    [Fact]
    public async Task Certificate_for_another_name_is_refused()
    {
        // The server presents the self-signed certificate for any name but secure.test; even trusting the test
        // root, "other.test" gets a certificate that neither chains nor names it.
        var resolver = new StubResolver().Map("other.test", "127.0.0.1");
        int port = TestWebServer.Shared.HttpsPort;
        using SafeFetcher fetcher = Fetchers.Create(resolver, options: new SafeFetcherOptions
        {
            UnsafeLoopbackAccessForTests = LoopbackTestAccess.ForTestServersOnPorts(port),
            TestTrustRoot = TestCertificates.Root,
        });

        FetchResult result = await fetcher.GetAsync($"https://other.test:{port}/ok");

        Assert.Equal(FetchFailure.ConnectionFailed, result.Failure);
    }

    [Fact]
    public async Task Trusted_certificate_works_over_http2()
    {
        var resolver = new StubResolver().Map(TestCertificates.TrustedHost, "127.0.0.1");
        int port = TestWebServer.Shared.HttpsPort;
        using SafeFetcher fetcher = Fetchers.Create(resolver, options: new SafeFetcherOptions
        {
            UnsafeLoopbackAccessForTests = LoopbackTestAccess.ForTestServersOnPorts(port),
            TestTrustRoot = TestCertificates.Root,
        });

        FetchResult result = await fetcher.GetAsync($"https://{TestCertificates.TrustedHost}:{port}/protocol");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("HTTP/2", System.Text.Encoding.ASCII.GetString(result.Body.Span));
    }

    [Fact]
    public async Task Plain_http_uses_http11()
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(TestWebServer.Shared.HttpPort);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{TestWebServer.Shared.HttpPort}/protocol");

        Assert.Equal("HTTP/1.1", System.Text.Encoding.ASCII.GetString(result.Body.Span));
    }
}
