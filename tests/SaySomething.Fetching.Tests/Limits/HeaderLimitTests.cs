using System.Text;
using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Limits;

/// <summary>G1.4, headers: a response whose header block is larger than the limit (32 KiB by default) is refused.</summary>
public sealed class HeaderLimitTests
{
    [Theory]
    [InlineData(40, FetchFailure.HeadersTooLarge)]
    [InlineData(1024, FetchFailure.HeadersTooLarge)]
    [InlineData(24, FetchFailure.None)]
    public async Task Header_block_is_measured_against_the_limit(int kib, FetchFailure expected)
    {
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            var head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n");
            for (int i = 0; head.Length < kib * 1024; i++)
            {
                head.Append(System.Globalization.CultureInfo.InvariantCulture, $"X-Flood-{i}: {new string('f', 50)}\r\n");
            }

            await self.WriteAsync(stream, head.Append("\r\nok").ToString(), token);
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.True(expected == result.Failure, result.Detail);
    }

    [Fact]
    public async Task Header_limit_is_an_option()
    {
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Big: {new string('b', 3000)}\r\nContent-Length: 2\r\n\r\nok", token);
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port, headersKiB: 2);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.HeadersTooLarge, result.Failure);
    }
}
