using System.IO.Compression;
using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Limits;

/// <summary>G1.4, bodies: the cap (1 MiB by default) is counted in bytes after decompression, whatever the framing
/// and whatever the server declares.</summary>
public sealed class BodyLimitTests
{
    private const int MiB = 1024 * 1024;

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public async Task Two_MiB_body_is_refused_at_the_cap(string chunked)
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(TestWebServer.Shared.HttpPort);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{TestWebServer.Shared.HttpPort}/size?bytes={2 * MiB}&chunked={chunked}");

        Assert.Equal(FetchFailure.BodyTooLarge, result.Failure);
        Assert.True(result.Body.IsEmpty);
    }

    [Fact]
    public async Task Body_exactly_at_the_cap_is_accepted_and_one_byte_more_is_not()
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(TestWebServer.Shared.HttpPort);
        string url = $"http://127.0.0.1:{TestWebServer.Shared.HttpPort}/size?chunked=1&bytes=";

        FetchResult atCap = await fetcher.GetAsync(url + MiB);
        FetchResult over = await fetcher.GetAsync(url + (MiB + 1));

        Assert.True(atCap.Succeeded, atCap.Detail);
        Assert.Equal(MiB, atCap.Body.Length);
        Assert.Equal(FetchFailure.BodyTooLarge, over.Failure);
    }

    [Fact]
    public async Task Request_can_lower_and_raise_the_cap()
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(TestWebServer.Shared.HttpPort);
        string url = $"http://127.0.0.1:{TestWebServer.Shared.HttpPort}/size?chunked=1&bytes={2 * MiB}";

        FetchResult lowered = await fetcher.GetAsync(url, maxBodyBytes: 1000);
        FetchResult raised = await fetcher.GetAsync(url, maxBodyBytes: 3 * MiB);

        Assert.Equal(FetchFailure.BodyTooLarge, lowered.Failure);
        Assert.Contains("at most 1000 bytes", lowered.Detail, StringComparison.Ordinal);
        Assert.True(raised.Succeeded, raised.Detail);
        Assert.Equal(2 * MiB, raised.Body.Length);
    }

    [Fact]
    public async Task Declared_length_over_the_cap_is_refused_without_reading()
    {
        // Declares 2 MiB, sends a few bytes, then waits: reading would run into the total timeout.
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {2 * MiB}\r\n\r\nabc", token);
            await Task.Delay(Timeout.Infinite, token);
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port, total: TimeSpan.FromSeconds(5));

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.BodyTooLarge, result.Failure);
        Assert.Contains($"declares {2 * MiB} bytes", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_length_shorter_than_the_body_frames_the_body()
    {
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello, and much more that is not part of it", token);
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("hello"u8.ToArray(), result.Body.ToArray());
    }

    [Fact]
    public async Task Content_length_longer_than_the_body_is_a_protocol_error()
    {
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\nonly this", token);
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.ProtocolError, result.Failure);
        Assert.True(result.Body.IsEmpty);
    }

    [Fact]
    public async Task Close_delimited_body_over_the_cap_is_refused()
    {
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n", token);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 32; i++)
            {
                await self.WriteAsync(stream, chunk, token);
            }
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.BodyTooLarge, result.Failure);
    }

    [Fact]
    public async Task Gzip_bomb_is_refused_without_being_expanded()
    {
        // 2048 gzip members of 16 MiB of zeros each: about 33 MB on the wire, 32 GiB expanded.
        byte[] member = Compress("gzip", 16 * MiB);
        const int Members = 2048;
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n", token);
            for (int i = 0; i < Members; i++)
            {
                await self.WriteAsync(stream, member, token);
            }
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.BodyTooLarge, result.Failure);
        Assert.Contains("after decompression", result.Detail, StringComparison.Ordinal);
        await Task.Delay(200); // let the server notice the closed connection
        Assert.True(server.Written < (long)member.Length * Members / 2,
            $"the server wrote {server.Written} of {(long)member.Length * Members} bytes: the bomb was read far past the cap");
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compressed_body_counts_its_expanded_size(string encoding)
    {
        byte[] bomb = Compress(encoding, 8 * MiB);
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream,
                $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {encoding}\r\nContent-Length: {bomb.Length}\r\n\r\n", token);
            await self.WriteAsync(stream, bomb, token);
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.True(bomb.Length < MiB / 8, $"{encoding} bomb is {bomb.Length} bytes");
        Assert.Equal(FetchFailure.BodyTooLarge, result.Failure);
    }

    [Fact]
    public async Task Broken_compression_is_a_protocol_error()
    {
        await using var server = new RawServer(async (self, stream, token) =>
        {
            await RawServer.ReadRequestHeadAsync(stream, token);
            await self.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 20\r\n\r\nthis is not gzip!!!!", token);
        });
        using SafeFetcher fetcher = LoopbackFetchers.Create(server.Port);

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{server.Port}/");

        Assert.Equal(FetchFailure.ProtocolError, result.Failure);
    }

    private static byte[] Compress(string encoding, int zeros)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true),
            _ => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
        })
        {
            byte[] block = new byte[MiB];
            for (int written = 0; written < zeros; written += block.Length)
            {
                compressor.Write(block);
            }
        }

        return output.ToArray();
    }
}
