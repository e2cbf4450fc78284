using Microsoft.Extensions.Time.Testing;
using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Limits;

/// <summary>G1.4, time: one total time limit covers the whole fetch, so a server that drips or never answers cannot
/// hold a fetch beyond it. Tests use short limits; the default stays 15 s.</summary>
public sealed class TimeLimitTests
{
    [Fact]
    public async Task Slow_drip_body_is_cut_by_the_total_timeout()
    {
        // Headers at once, then one byte per second of a 60-byte body: without a total limit this takes a minute.
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 60\r\n\r\n", token);
            for (int i = 0; i < 60; i++)
            {
                await self.WriteAsync(stream, "x", token);
                await Task.Delay(1000, token);
            }
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port, total: TimeSpan.FromSeconds(1.5));

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.Timeout, result.Failure);
        Assert.Contains("total time limit", result.Detail, StringComparison.Ordinal);
        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task Slow_drip_headers_are_cut_by_the_total_timeout()
    {
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            foreach (char c in "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok")
            {
                await self.WriteAsync(stream, c.ToString(), token);
                await Task.Delay(1000, token);
            }
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port, total: TimeSpan.FromSeconds(1.5));

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.Timeout, result.Failure);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task Black_holed_server_is_cut_by_the_total_timeout()
    {
        await using var server = new RawServer((_, _, token) => Task.Delay(Timeout.Infinite, token));
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port, total: TimeSpan.FromSeconds(1));

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.Timeout, result.Failure);
        Assert.Equal(1, server.Accepted);
    }

    [Fact]
    public async Task Total_timeout_follows_the_injected_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var server = new RawServer((_, _, token) => Task.Delay(Timeout.Infinite, token));
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port, total: TimeSpan.FromSeconds(15), time: clock);

        Task<FetchResult> fetch = fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");
        while (server.Accepted == 0)
        {
            await Task.Delay(10);
        }

        Assert.False(fetch.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(15));
        FetchResult result = await fetch;

        Assert.Equal(FetchFailure.Timeout, result.Failure);
        Assert.Equal(TimeSpan.FromSeconds(15), result.Elapsed);
    }

    [Fact]
    public async Task Caller_cancellation_throws_instead_of_returning_a_result()
    {
        await using var server = new RawServer((_, _, token) => Task.Delay(Timeout.Infinite, token));
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(
            new FetchRequest(new Uri($"http://127.0.0.1:{server.Port}/"), Fetchers.Html), cancel.Token));
    }
}
