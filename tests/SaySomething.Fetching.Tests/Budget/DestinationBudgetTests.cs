using Microsoft.Extensions.Time.Testing;
using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Budget;

/// <summary>The per-destination budget: over the hourly limit for one address, fetches are deferred without any
/// connection; the next hour, they go through again; other destinations are not affected.</summary>
public sealed class DestinationBudgetTests
{
    [Fact]
    public async Task Request_over_the_hourly_budget_is_deferred_until_the_hour_is_over()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var resolver = new StubResolver().Map("busy.example", "93.184.216.34").Map("quiet.example", "93.184.216.35");
        var connector = new RecordingConnector()
            .Route("93.184.216.34", TestWebServer.Shared.HttpPort)
            .Route("93.184.216.35", TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions { MaxRequestsPerDestinationPerHour = 3 }, clock);

        for (int i = 0; i < 3; i++)
        {
            FetchResult allowed = await fetcher.GetAsync("http://busy.example/ok");
            Assert.True(allowed.Succeeded, allowed.Detail);
        }

        int attemptsBefore = connector.Attempts.Count;
        FetchResult deferred = await fetcher.GetAsync("http://busy.example/ok");
        FetchResult other = await fetcher.GetAsync("http://quiet.example/ok");
        clock.Advance(TimeSpan.FromHours(1));
        FetchResult nextHour = await fetcher.GetAsync("http://busy.example/ok");

        Assert.Equal(FetchFailure.Deferred, deferred.Failure);
        Assert.Contains("93.184.216.34 has had 3 requests this hour", deferred.Detail, StringComparison.Ordinal);
        Assert.True(other.Succeeded, other.Detail);
        Assert.True(nextHour.Succeeded, nextHour.Detail);
        Assert.DoesNotContain(connector.Attempts.Skip(attemptsBefore), endpoint => endpoint.Address.ToString() == "93.184.216.34"
            && connector.Attempts.Count == attemptsBefore + 1);
    }

    [Fact]
    public async Task Every_redirect_hop_is_charged()
    {
        var resolver = new StubResolver().Map("busy.example", "93.184.216.34");
        var connector = new RecordingConnector().Route("93.184.216.34", TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions { MaxRequestsPerDestinationPerHour = 2 });

        FetchResult result = await fetcher.GetAsync("http://busy.example/chain?n=2");

        Assert.Equal(FetchFailure.Deferred, result.Failure);
        Assert.Equal(2, result.Redirects.Count);
    }

    [Fact]
    public async Task Budget_can_be_switched_off()
    {
        var resolver = new StubResolver().Map("busy.example", "93.184.216.34");
        var connector = new RecordingConnector().Route("93.184.216.34", TestWebServer.Shared.HttpPort);
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions { MaxRequestsPerDestinationPerHour = null });

        FetchResult result = await fetcher.GetAsync("http://busy.example/chain?n=3");

        Assert.True(result.Succeeded, result.Detail);
    }
}
