using System.Net;
using SaySomething.Fetching.Addresses;
using SaySomething.Fetching.Http;
using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Configuration;

/// <summary>The handler and client the fetcher builds have every unsafe .NET default turned off (security.md §1.5).</summary>
public sealed class HandlerConfigurationTests
{
    [Fact]
    public void Handler_defaults_are_the_safe_ones()
    {
        using var fetcher = new SafeFetcher();
        SocketsHttpHandler handler = fetcher.Handler;

        Assert.False(handler.UseProxy);
        Assert.Null(handler.Proxy);
        Assert.False(handler.AllowAutoRedirect);
        Assert.False(handler.UseCookies);
        Assert.Null(handler.Credentials);
        Assert.Null(handler.DefaultProxyCredentials);
        Assert.False(handler.PreAuthenticate);
        Assert.Equal(TimeSpan.FromSeconds(5), handler.ConnectTimeout);
        Assert.Equal(32, handler.MaxResponseHeadersLength);
        Assert.Equal(DecompressionMethods.All, handler.AutomaticDecompression);
        Assert.Equal(TimeSpan.FromMinutes(1), handler.PooledConnectionLifetime);
        Assert.NotNull(handler.ConnectCallback);
        Assert.Null(handler.SslOptions.RemoteCertificateValidationCallback);
        Assert.Null(handler.SslOptions.CertificateChainPolicy);
    }

    [Fact]
    public void Client_never_asks_for_http3_and_bounds_the_whole_request()
    {
        using var fetcher = new SafeFetcher();
        HttpClient client = fetcher.Client;

        Assert.Equal(HttpVersion.Version20, client.DefaultRequestVersion);
        Assert.Equal(HttpVersionPolicy.RequestVersionOrLower, client.DefaultVersionPolicy);
        Assert.Equal(TimeSpan.FromSeconds(15), client.Timeout);
        Assert.Contains("SaySomething", client.DefaultRequestHeaders.UserAgent.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_request_is_http2_or_lower_and_carries_its_checked_addresses()
    {
        var destination = new CheckedDestination("public.example", 443, [IPAddress.Parse("93.184.216.34")]);

        using HttpRequestMessage request = GuardedClient.CreateRequest(new Uri("https://public.example/"), ["text/html"], destination);

        Assert.Equal(HttpVersion.Version20, request.Version);
        Assert.Equal(HttpVersionPolicy.RequestVersionOrLower, request.VersionPolicy);
        Assert.True(request.Options.TryGetValue(CheckedDestination.OptionKey, out CheckedDestination? carried));
        Assert.Same(destination, carried);
    }

    [Fact]
    public void Options_reach_the_handler()
    {
        using var fetcher = new SafeFetcher(new SafeFetcherOptions
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            TotalTimeout = TimeSpan.FromSeconds(9),
            MaxResponseHeadersKiB = 8,
        });

        Assert.Equal(TimeSpan.FromSeconds(2), fetcher.Handler.ConnectTimeout);
        Assert.Equal(8, fetcher.Handler.MaxResponseHeadersLength);
        Assert.Equal(TimeSpan.FromSeconds(9), fetcher.Client.Timeout);
    }

    [Fact]
    public async Task Connect_callback_refuses_a_request_without_checked_addresses()
    {
        // The HTTP stack cannot be used to connect anywhere the fetcher did not check, even by a request built
        // around the fetcher (the second line of defence behind the per-hop check).
        var connector = new RecordingConnector().Route("127.0.0.1", TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(new StubResolver(), connector);

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(
            () => fetcher.Client.GetAsync(new Uri($"http://127.0.0.1:{TestWebServer.Shared.HttpPort}/ok")));

        Assert.IsType<AddressRefusedException>(error.InnerException);
        Assert.Empty(connector.Attempts);
    }
}
