using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Redirects;

/// <summary>
/// G1.3: redirects are followed by the fetcher itself, at most three, and every hop is checked again (scheme, port,
/// host, resolved addresses) before anything connects to it. "public.example" is a made-up public address that the
/// recording connector sends to the local Kestrel server.
/// </summary>
public sealed class RedirectTests
{
    private const string PublicAddress = "93.184.216.34";

    public static TheoryData<int, string> CodesToForbiddenTargets()
    {
        string[] targets =
        [
            "http://169.254.169.254/latest/meta-data/", "http://[::ffff:169.254.169.254]/", "http://0xA9FEA9FE/",
            "http://metadata.attacker.example/", "http://168.63.129.16/machine", "http://[fd00:ec2::254]/", "http://10.0.0.5/",
            "http://localhost/", "http://127.0.0.1:80/",
        ];
        var data = new TheoryData<int, string>();
        foreach (int code in new[] { 301, 302, 303, 307, 308 })
        {
            foreach (string target in targets)
            {
                data.Add(code, target);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CodesToForbiddenTargets))]
    public async Task Redirect_to_a_forbidden_address_is_refused_at_the_hop(int code, string target)
    {
        (StubResolver resolver, RecordingConnector connector) = Setup();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync($"http://public.example/redirect?code={code}&to={Uri.EscapeDataString(target)}");

        Assert.Equal(FetchFailure.RefusedAddress, result.Failure);
        Assert.Single(result.Redirects);
        Assert.Equal([PublicAddress], connector.AttemptedAddresses);
    }

    [Fact]
    public async Task Three_hop_chain_ending_at_the_metadata_service_is_refused_at_the_last_hop()
    {
        (StubResolver resolver, RecordingConnector connector) = Setup();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync(
            $"http://public.example/chain?n=2&final={Uri.EscapeDataString("http://169.254.169.254/latest/meta-data/")}");

        Assert.Equal(FetchFailure.RefusedAddress, result.Failure);
        Assert.Equal(3, result.Redirects.Count);
        Assert.Equal(new Uri("http://169.254.169.254/latest/meta-data/"), result.Redirects[^1]);
        Assert.All(connector.AttemptedAddresses, address => Assert.Equal(PublicAddress, address));
    }

    [Fact]
    public async Task Three_redirects_are_followed_and_every_hop_is_resolved_again()
    {
        (StubResolver resolver, RecordingConnector connector) = Setup();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync("http://public.example/chain?n=3");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(3, result.Redirects.Count);
        Assert.Equal(new Uri("http://public.example/chain?n=0&final="), result.FinalUrl);
        Assert.Equal(4, resolver.Calls.Count); // checks = hops + 1
    }

    [Fact]
    public async Task One_redirect_over_the_limit_is_too_many()
    {
        (StubResolver resolver, RecordingConnector connector) = Setup();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync("http://public.example/chain?n=4");

        Assert.Equal(FetchFailure.TooManyRedirects, result.Failure);
        Assert.Equal(3, result.Redirects.Count);
        Assert.Equal(4, resolver.Calls.Count); // the fourth redirect's target is never resolved
    }

    [Fact]
    public async Task Redirect_limit_is_an_option()
    {
        (StubResolver resolver, RecordingConnector connector) = Setup();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions { MaxRedirects = 0 });

        FetchResult result = await fetcher.GetAsync("http://public.example/chain?n=1");

        Assert.Equal(FetchFailure.TooManyRedirects, result.Failure);
        Assert.Empty(result.Redirects);
    }

    [Theory]
    [InlineData("/ok", "http://public.example/ok")]
    [InlineData("ok", "http://public.example/ok")]
    [InlineData("../ok?x=1", "http://public.example/ok?x=1")]
    [InlineData("//other.example/ok", "http://other.example/ok")]
    public async Task Relative_location_is_resolved_against_the_current_url(string location, string expected)
    {
        (StubResolver resolver, RecordingConnector connector) = Setup();
        resolver.Map("other.example", PublicAddress);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync($"http://public.example/redirect?code=301&to={Uri.EscapeDataString(location)}");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(new Uri(expected), result.FinalUrl);
    }

    [Theory]
    [InlineData("ftp://public.example/file", FetchFailure.RefusedUrl)]
    [InlineData("http://public.example:8080/", FetchFailure.RefusedPort)]
    [InlineData("http://user:secret@public.example/", FetchFailure.RefusedCredentials)]
    [InlineData("http://internal.corp/", FetchFailure.RefusedAddress)]
    public async Task Every_hop_runs_the_url_checks(string target, FetchFailure expected)
    {
        (StubResolver resolver, RecordingConnector connector) = Setup();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync($"http://public.example/redirect?code=302&to={Uri.EscapeDataString(target)}");

        Assert.Equal(expected, result.Failure);
        Assert.Equal([PublicAddress], connector.AttemptedAddresses);
    }

    [Fact]
    public async Task Redirect_without_location_is_refused()
    {
        (StubResolver resolver, RecordingConnector connector) = Setup();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync("http://public.example/status?code=302");

        Assert.Equal(FetchFailure.TooManyRedirects, result.Failure);
        Assert.Contains("no single Location", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_to_http_is_refused_before_connecting_to_the_http_target()
    {
        var resolver = new StubResolver().Map(TestCertificates.TrustedHost, "93.184.216.40").Map("public.example", PublicAddress);
        var connector = new RecordingConnector()
            .Route("93.184.216.40", TestWebServer.Shared.HttpsPort)
            .Route(PublicAddress, TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions { TestTrustRoot = TestCertificates.Root });

        FetchResult result = await fetcher.GetAsync(
            $"https://{TestCertificates.TrustedHost}/redirect?code=302&to={Uri.EscapeDataString("http://public.example/ok")}");

        Assert.Equal(FetchFailure.RefusedUrl, result.Failure);
        Assert.Contains("https to http", result.Detail, StringComparison.Ordinal);
        Assert.Equal(["93.184.216.40"], connector.AttemptedAddresses);
    }

    [Fact]
    public async Task Https_to_https_redirect_is_followed()
    {
        var resolver = new StubResolver().Map(TestCertificates.TrustedHost, "93.184.216.40");
        var connector = new RecordingConnector().Route("93.184.216.40", TestWebServer.Shared.HttpsPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions { TestTrustRoot = TestCertificates.Root });

        FetchResult result = await fetcher.GetAsync($"https://{TestCertificates.TrustedHost}/redirect?code=308&to=%2Fok");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(new Uri($"https://{TestCertificates.TrustedHost}/ok"), result.FinalUrl);
    }

    private static (StubResolver, RecordingConnector) Setup()
    {
        var resolver = new StubResolver()
            .Map("public.example", PublicAddress)
            .Map("metadata.attacker.example", "169.254.169.254");
        var connector = new RecordingConnector().Route(PublicAddress, TestWebServer.Shared.HttpPort);
        return (resolver, connector);
    }
}
