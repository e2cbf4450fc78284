using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Rebinding;

/// <summary>
/// G1.2: a resolver that changes its answer between calls cannot move a connection to a forbidden address. The
/// connection only ever goes to an address the fetcher checked; the HTTP stack never resolves on its own.
/// </summary>
public sealed class DnsRebindingTests
{
    private const string Public = "93.184.216.34";

    [Fact]
    public async Task Public_then_loopback_connects_only_to_the_public_address()
    {
        // Call 1 (hop 1) answers public; call 2 (the redirect back to the same name) answers loopback.
        var resolver = new StubResolver().MapSequence("rebind.example", [Public], ["127.0.0.1"]);
        var connector = new RecordingConnector().Route(Public, TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync("http://rebind.example/redirect?code=302&to=http://rebind.example/ok");

        Assert.Equal(FetchFailure.RefusedAddress, result.Failure);
        Assert.Contains("127.0.0.1", result.Detail, StringComparison.Ordinal);
        Assert.Equal([Public], connector.AttemptedAddresses);
        Assert.Equal(["rebind.example", "rebind.example"], resolver.Calls);
    }

    [Fact]
    public async Task Public_then_loopback_on_a_second_fetch_is_refused_before_the_pooled_connection_is_used()
    {
        var resolver = new StubResolver().MapSequence("rebind.example", [Public], ["127.0.0.1"]);
        var connector = new RecordingConnector().Route(Public, TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult first = await fetcher.GetAsync("http://rebind.example/ok");
        FetchResult second = await fetcher.GetAsync("http://rebind.example/ok");

        Assert.True(first.Succeeded, first.Detail);
        Assert.Equal(FetchFailure.RefusedAddress, second.Failure);
        Assert.Equal([Public], connector.AttemptedAddresses);
    }

    [Fact]
    public async Task Loopback_then_public_refuses_first_and_connects_to_the_checked_public_address_after()
    {
        var resolver = new StubResolver().MapSequence("rebind.example", ["127.0.0.1"], [Public]);
        var connector = new RecordingConnector().Route(Public, TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult first = await fetcher.GetAsync("http://rebind.example/ok");
        Assert.Empty(connector.Attempts);
        FetchResult second = await fetcher.GetAsync("http://rebind.example/ok");

        Assert.Equal(FetchFailure.RefusedAddress, first.Failure);
        Assert.True(second.Succeeded, second.Detail);
        Assert.Equal([Public], connector.AttemptedAddresses);
    }

    [Theory]
    [InlineData("127.0.0.1", Public)]
    [InlineData(Public, "127.0.0.1")]
    [InlineData(Public, "169.254.169.254")]
    [InlineData("2001:470:1:3a8::251", "fd00:ec2::254")]
    public async Task Mixed_answer_is_refused_whole(string first, string second)
    {
        var resolver = new StubResolver().Map("mixed.example", first, second);
        var connector = new RecordingConnector().Route(Public, TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult result = await fetcher.GetAsync("http://mixed.example/ok");

        Assert.Equal(FetchFailure.RefusedAddress, result.Failure);
        Assert.Contains("mixed_resolution", result.Detail, StringComparison.Ordinal);
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task Empty_answer_and_unknown_name_are_dns_failures()
    {
        var resolver = new StubResolver().Map("empty.example");
        var connector = new RecordingConnector();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchResult empty = await fetcher.GetAsync("http://empty.example/");
        FetchResult unknown = await fetcher.GetAsync("http://unknown.example/");

        Assert.Equal(FetchFailure.DnsFailed, empty.Failure);
        Assert.Equal(FetchFailure.DnsFailed, unknown.Failure);
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task Resolver_that_never_answers_is_cut_by_the_dns_timeout()
    {
        var resolver = new StubResolver().Hang("silent.example");
        using SafeFetcher fetcher = Fetchers.Create(resolver, new RecordingConnector(), new SafeFetcherOptions { DnsTimeout = TimeSpan.FromMilliseconds(200) });

        FetchResult result = await fetcher.GetAsync("http://silent.example/");

        Assert.Equal(FetchFailure.DnsFailed, result.Failure);
        Assert.Contains("within 0.2 s", result.Detail, StringComparison.Ordinal);
    }
}
