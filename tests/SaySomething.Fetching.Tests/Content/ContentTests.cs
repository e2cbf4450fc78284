using System.Text;
using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Content;

/// <summary>What a working fetch returns, and the content-type gate and status handling around it.</summary>
public sealed class ContentTests
{
    private static readonly int s_port = TestWebServer.Shared.HttpPort;
    private static readonly string s_base = $"http://127.0.0.1:{s_port}";

    [Fact]
    public async Task Working_fetch_returns_body_media_type_charset_and_final_url()
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(s_port);

        FetchResult result = await fetcher.GetAsync($"{s_base}/redirect?code=302&to=%2Fok");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(FetchFailure.None, result.Failure);
        Assert.Equal(TestWebServer.OkPage, Encoding.Latin1.GetString(result.Body.Span));
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal("ISO-8859-1", result.Charset);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(new Uri($"{s_base}/ok"), result.FinalUrl);
        Assert.Equal([new Uri($"{s_base}/ok")], result.Redirects);
        Assert.Equal(new Uri($"{s_base}/redirect?code=302&to=%2Fok"), result.RequestedUrl);
    }

    [Fact]
    public async Task Compressed_page_is_returned_decompressed()
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(s_port);

        FetchResult result = await fetcher.GetAsync($"{s_base}/gzip");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("<html>compressed page</html>", Encoding.UTF8.GetString(result.Body.Span));
        Assert.Equal("utf-8", result.Charset);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/octet-stream")]
    [InlineData("text/plain")]
    public async Task Wrong_content_type_is_refused(string type)
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(s_port);

        FetchResult result = await fetcher.GetAsync($"{s_base}/type?ct={Uri.EscapeDataString(type)}");

        Assert.Equal(FetchFailure.ContentTypeRefused, result.Failure);
        Assert.Equal(type, result.MediaType);
        Assert.True(result.Body.IsEmpty);
    }

    [Fact]
    public async Task Missing_content_type_is_refused()
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(s_port);

        FetchResult result = await fetcher.GetAsync($"{s_base}/notype");

        Assert.Equal(FetchFailure.ContentTypeRefused, result.Failure);
        Assert.Contains("no Content-Type", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "application/json; charset=utf-8", true)]
    [InlineData("application/json+oembed", "application/json+oembed", true)]
    [InlineData("text/*", "text/plain", true)]
    [InlineData("*/*", "image/png", true)]
    [InlineData("application/json", "APPLICATION/JSON", true)]
    [InlineData("text/*", "image/png", false)]
    public async Task Accepted_media_types_are_matched_exactly_or_by_wildcard(string accepted, string served, bool ok)
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(s_port);

        FetchResult result = await fetcher.FetchAsync(
            new FetchRequest(new Uri($"{s_base}/type?ct={Uri.EscapeDataString(served)}"), [accepted]), CancellationToken.None);

        Assert.Equal(ok, result.Succeeded);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(304)]
    public async Task Status_other_than_2xx_is_an_http_error(int code)
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(s_port);

        FetchResult result = await fetcher.GetAsync($"{s_base}/status?code={code}");

        Assert.Equal(FetchFailure.HttpError, result.Failure);
        Assert.Equal(code, result.StatusCode);
    }

    [Fact]
    public async Task Request_names_the_product_and_carries_no_cookie_or_credentials()
    {
        using SafeFetcher fetcher = LoopbackFetchers.Create(s_port);

        FetchResult result = await fetcher.GetAsync($"{s_base}/headers");
        string headers = Encoding.UTF8.GetString(result.Body.Span);

        Assert.Contains("User-Agent: SaySomething/", headers, StringComparison.Ordinal);
        Assert.Contains("Accept: text/html, application/xhtml+xml", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("Cookie", headers, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Authorization", headers, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("X-Forwarded-For", headers, StringComparison.OrdinalIgnoreCase);
    }
}
