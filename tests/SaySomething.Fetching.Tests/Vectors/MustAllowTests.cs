using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Vectors;

/// <summary>The false-positive guard of security.md §1.6: public addresses, plain and mapped, IPv4 and IPv6, by name
/// and literally, are fetched. The recording connector routes them to the local test server.</summary>
public sealed class MustAllowTests
{
    [Theory]
    [InlineData("http://93.184.216.34/ok", "93.184.216.34")]
    [InlineData("http://[::ffff:52.52.167.244]/ok", "52.52.167.244")]
    [InlineData("http://[2001:470:1:3a8::251]/ok", "2001:470:1:3a8::251")]
    [InlineData("http://[2003:abc:de:01:0:3f0:6a65:c2bf]/ok", "2003:abc:de:1:0:3f0:6a65:c2bf")]
    [InlineData("http://one.public.example/ok", "93.184.216.34")]
    [InlineData("http://bücher.example/ok", "93.184.216.34")]
    [InlineData("http://under_score.public.example/ok", "93.184.216.34")]
    public async Task Public_destination_is_fetched(string url, string connectedAddress)
    {
        var resolver = new StubResolver()
            .Map("one.public.example", "93.184.216.34")
            .Map(new Uri("http://bücher.example/").IdnHost, "93.184.216.34")
            .Map("under_score.public.example", "93.184.216.34");
        var connector = new RecordingConnector();
        foreach (string address in new[] { "93.184.216.34", "52.52.167.244", "2001:470:1:3a8::251", "2003:abc:de:1:0:3f0:6a65:c2bf" })
        {
            connector.Route(address, TestWebServer.Shared.HttpPort);
        }

        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync(url);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal([connectedAddress], connector.AttemptedAddresses);
        Assert.Equal(TestWebServer.OkPage, System.Text.Encoding.Latin1.GetString(result.Body.Span));
    }

    [Fact]
    public async Task Several_public_addresses_where_the_first_refuses_succeed_on_the_next()
    {
        var resolver = new StubResolver().Map("many.public.example", "93.184.216.34", "93.184.216.35");
        var connector = new RecordingConnector().Route("93.184.216.35", TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync("http://many.public.example/ok");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(["93.184.216.34", "93.184.216.35"], connector.AttemptedAddresses);
    }

    [Fact]
    public async Task Black_holed_first_address_leaves_time_for_the_second()
    {
        var resolver = new StubResolver().Map("slow.public.example", "93.184.216.34", "93.184.216.35");
        var connector = new RecordingConnector().BlackHole("93.184.216.34").Route("93.184.216.35", TestWebServer.Shared.HttpPort);
        // 4 s shared: 2 s wasted on the dead address, 2 s left for the live one even with other test projects running.
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions { ConnectTimeout = TimeSpan.FromSeconds(4) });

        FetchResult result = await fetcher.GetAsync("http://slow.public.example/ok");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(["93.184.216.34", "93.184.216.35"], connector.AttemptedAddresses);
    }

    [Fact]
    public async Task At_most_two_addresses_per_family_are_tried()
    {
        var resolver = new StubResolver().Map("wide.public.example",
            "93.184.216.1", "93.184.216.2", "93.184.216.3", "2001:470::1", "2001:470::2", "2001:470::3");
        var connector = new RecordingConnector();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync("http://wide.public.example/ok");

        Assert.Equal(FetchFailure.ConnectionFailed, result.Failure);
        Assert.Equal(["93.184.216.1", "93.184.216.2", "2001:470::1", "2001:470::2"], connector.AttemptedAddresses);
    }

    [Fact]
    public async Task All_addresses_black_holed_is_a_connect_timeout()
    {
        var resolver = new StubResolver().Map("hole.public.example", "93.184.216.34");
        var connector = new RecordingConnector().BlackHole("93.184.216.34");
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions { ConnectTimeout = TimeSpan.FromMilliseconds(300) });

        FetchResult result = await fetcher.GetAsync("http://hole.public.example/ok");

        Assert.Equal(FetchFailure.Timeout, result.Failure);
        Assert.Contains("connect", result.Detail, StringComparison.OrdinalIgnoreCase);
    }
}
