using System.IO.Compression;
using System.Net;
using SaySomething.Guard.Tests.TestSupport;

namespace SaySomething.Guard.Tests.Script;

/// <summary><c>GET /guard.js</c>: exactly the committed source, small enough, and served so nothing else can pass for it.</summary>
public sealed class GuardScriptTests
{
    /// <summary>The budget the issue sets: 10 KB gzipped.</summary>
    private const int MaxGzipBytes = 10 * 1024;

    [Fact]
    public async Task Served_file_is_the_committed_readable_source_byte_for_byte()
    {
        await using var service = await GuardService.StartAsync();
        byte[] served = await service.Client.GetByteArrayAsync("/guard.js");
        Assert.Equal(await File.ReadAllBytesAsync(RepoFiles.GuardScript), served);
    }

    [Fact]
    public async Task Gzipped_script_is_at_most_10_KB_and_unpacks_to_the_source()
    {
        await using var service = await GuardService.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/guard.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        var response = await service.Client.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        byte[] packed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(packed.Length <= MaxGzipBytes, $"guard.js is {packed.Length} bytes gzipped; the budget is {MaxGzipBytes}.");
        using var unpacked = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress))
        {
            await gzip.CopyToAsync(unpacked);
        }

        Assert.Equal(await File.ReadAllBytesAsync(RepoFiles.GuardScript), unpacked.ToArray());
    }

    [Fact]
    public async Task Served_with_a_strict_type_caching_an_ETag_and_loadable_from_other_origins()
    {
        await using var service = await GuardService.StartAsync();
        var response = await service.Client.GetAsync("/guard.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", ResponseHeaders.Of(response, "X-Content-Type-Options"));
        Assert.Equal("public, max-age=3600", ResponseHeaders.Of(response, "Cache-Control"));
        Assert.Equal("cross-origin", ResponseHeaders.Of(response, "Cross-Origin-Resource-Policy"));
        Assert.Contains("Accept-Encoding", ResponseHeaders.Of(response, "Vary"), StringComparison.Ordinal);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);

        var again = new HttpRequestMessage(HttpMethod.Get, "/guard.js");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await service.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void Source_makes_no_third_party_call_and_sends_no_credentials()
    {
        string source = File.ReadAllText(RepoFiles.GuardScript);
        // One network call, to the service, without cookies or referrer; no other ways out of the page.
        Assert.Equal(1, Count(source, "fetch("));
        Assert.Contains("credentials: 'omit'", source, StringComparison.Ordinal);
        Assert.Contains("referrerPolicy: 'no-referrer'", source, StringComparison.Ordinal);
        foreach (string banned in new[] { "XMLHttpRequest", "sendBeacon", "WebSocket", "document.cookie", "localStorage", "sessionStorage", "eval(", "new Function", "import(", ".innerHTML = verdict", "http://", "https://" })
        {
            Assert.DoesNotContain(banned, source, StringComparison.Ordinal);
        }
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
