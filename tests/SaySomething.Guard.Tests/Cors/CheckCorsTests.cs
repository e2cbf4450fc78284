using System.Net;
using System.Text;
using SaySomething.Guard.Tests.TestSupport;

namespace SaySomething.Guard.Tests.Cors;

/// <summary>
/// CORS on <c>POST /v1/check</c> against the real service: the preflight, and which key from which origin gets an
/// answer a browser may read. A refused call is refused before judging (403) and carries no CORS header.
/// </summary>
public sealed class CheckCorsTests
{
    private const string Forum = "https://forum.example.org";
    private const string Body = """{"text":"https://www.youtube.com/watch?v=aBcD3fGh1jK"}""";

    [Fact]
    public async Task Preflight_from_a_listed_origin_allows_POST_with_the_guard_headers_and_no_credentials()
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum", Forum);
        var response = await service.Client.SendAsync(Preflight(Forum, "POST", "authorization, content-type"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Forum, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal("authorization, content-type", Header(response, "Access-Control-Allow-Headers"));
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
        Assert.Contains("Origin", Header(response, "Vary"), StringComparison.Ordinal);
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("https://evil.example", "POST", "authorization, content-type")]
    [InlineData("https://forum.example.org.evil.example", "POST", "authorization")]
    [InlineData("http://forum.example.org", "POST", "authorization")]
    [InlineData("null", "POST", "authorization")]
    [InlineData(Forum, "PUT", "authorization")]
    [InlineData(Forum, "POST", "authorization, x-forwarded-for")]
    [InlineData(Forum, "POST", "cookie")]
    public async Task Preflight_for_another_origin_method_or_header_is_refused_without_CORS_headers(string origin, string method, string headers)
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum", Forum);
        var response = await service.Client.SendAsync(Preflight(origin, method, headers));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Methods"));
        Assert.Contains("detail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OPTIONS_that_is_not_a_preflight_is_a_400_that_says_what_it_is_for()
    {
        await using var service = await GuardService.StartAsync();
        var response = await service.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/v1/check"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Access-Control-Request-Method", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_only_community_key_from_a_listed_origin_gets_the_verdict_with_CORS_headers()
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum", $"{Forum} https://www.forum.example.org");
        string key = await service.AddKeyAsync("forum", checkOnly: true);
        foreach (string origin in new[] { Forum, "https://www.forum.example.org" })
        {
            var response = await service.Client.SendAsync(Check(key, origin));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(origin, Header(response, "Access-Control-Allow-Origin"));
            Assert.Contains("Origin", Header(response, "Vary"), StringComparison.Ordinal);
            Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
            Assert.Contains("\"verdict\":\"drive_by\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://forum.example.org:8443")]
    [InlineData("https://FORUM.example.org.")]
    [InlineData("null")]
    public async Task Check_only_key_from_an_origin_its_community_does_not_list_is_refused(string origin)
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum", Forum);
        string key = await service.AddKeyAsync("forum", checkOnly: true);
        var response = await service.Client.SendAsync(Check(key, origin));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("guard-origins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_that_are_not_check_only_or_not_limited_to_a_community_are_never_usable_cross_origin()
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum", Forum);
        string full = await service.AddKeyAsync("forum", checkOnly: false);
        string global = await service.AddKeyAsync(null, checkOnly: false);
        string checkOnlyGlobal = await service.AddKeyAsync(null, checkOnly: true);
        foreach (string key in new[] { full, global, checkOnlyGlobal })
        {
            var response = await service.Client.SendAsync(Check(key, Forum));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Null(Header(response, "Access-Control-Allow-Origin"));
            Assert.Contains("saysomething keys add", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The same keys still work for servers (no Origin).
        foreach (string key in new[] { full, global, checkOnlyGlobal })
        {
            Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(Check(key, origin: null))).StatusCode);
        }
    }

    [Fact]
    public async Task A_key_of_one_community_is_refused_from_an_origin_only_another_community_lists()
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum", Forum);
        await service.AddCommunityAsync("other", "https://other.example.net");
        string otherKey = await service.AddKeyAsync("other", checkOnly: true);
        // The preflight passes (some community lists the origin) but the call itself is refused.
        Assert.Equal(HttpStatusCode.NoContent, (await service.Client.SendAsync(Preflight(Forum, "POST", "authorization"))).StatusCode);
        var response = await service.Client.SendAsync(Check(otherKey, Forum));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Same_origin_and_server_calls_need_no_CORS_and_get_no_CORS_headers()
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum");
        string key = await service.AddKeyAsync("forum", checkOnly: true);
        foreach (string? origin in new[] { service.Origin, null })
        {
            var response = await service.Client.SendAsync(Check(key, origin));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task Removing_an_origin_refuses_it_from_then_on()
    {
        await using var service = await GuardService.StartAsync();
        await service.AddCommunityAsync("forum", Forum);
        string key = await service.AddKeyAsync("forum", checkOnly: true);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(Check(key, Forum))).StatusCode);
        Assert.Null(await SaySomething.Storage.Communities.CommunitySettings.SetGuardOriginsAsync(service.Store, "forum", null, "test", TimeProvider.System));
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Client.SendAsync(Check(key, Forum))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Client.SendAsync(Preflight(Forum, "POST", "authorization"))).StatusCode);
    }

    [Fact]
    public async Task A_check_only_key_is_limited_per_address_and_preflights_too_with_Retry_After()
    {
        await using var service = await GuardService.StartAsync(configure: o => o.GuardPermitsPerAddress = 2);
        await service.AddCommunityAsync("forum", Forum);
        string key = await service.AddKeyAsync("forum", checkOnly: true);
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(Check(key, Forum))).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await service.Client.SendAsync(Preflight(Forum, "POST", "authorization"))).StatusCode);
        }

        var limited = await service.Client.SendAsync(Check(key, Forum));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say how long to wait");
        var preflight = await service.Client.SendAsync(Preflight(Forum, "POST", "authorization"));
        Assert.Equal(HttpStatusCode.TooManyRequests, preflight.StatusCode);
        Assert.True(preflight.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say how long to wait");
        // A full key is limited per key, not by this setting.
        string full = await service.AddKeyAsync("forum", checkOnly: false);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(Check(full, null))).StatusCode);
    }

    internal static HttpRequestMessage Preflight(string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v1/check");
        request.Headers.TryAddWithoutValidation("Origin", origin);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", method);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", headers);
        return request;
    }

    internal static HttpRequestMessage Check(string key, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) => ResponseHeaders.Of(response, name);
}
