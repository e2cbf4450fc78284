using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SaySomething.Core.Judging;
using SaySomething.Server.Tests.TestSupport;

namespace SaySomething.Server.Tests.Api;

/// <summary><c>POST /v1/check</c>: the CLI's JSON contract, clear 400s for bad input, 429 with Retry-After when rate limited.</summary>
public sealed class CheckEndpointTests
{
    private static HttpRequestMessage Check(string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    [Fact]
    public async Task Answers_exactly_the_judgement_json_of_the_cli()
    {
        await using var service = await ServiceHarness.StartAsync();
        string key = await service.AddKeyAsync(checkOnly: true);
        const string text = "lol 👀\nx.com/harbourwatch/status/1873340012345678901?s=20";
        var response = await service.Client.SendAsync(Check(key, new { text, format = "plain", thread_title = "Harbour news" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        string expected = JudgementJson.ToJson(PostJudge.Default.Judge(new PostToJudge { Text = text, Format = Core.Documents.MarkupFormat.Plain, ThreadTitle = "Harbour news" }));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"format":"plain"}""", "'text'")]
    [InlineData("""{"text":"x","format":"rtf"}""", "'format'")]
    [InlineData("""{"text":1}""", "")]
    [InlineData("not json", "")]
    public async Task Bad_input_gets_400_problem_details(string body, string mentions)
    {
        await using var service = await ServiceHarness.StartAsync();
        string key = await service.AddKeyAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await service.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_over_the_limit_gets_400_saying_the_limit()
    {
        await using var service = await ServiceHarness.StartAsync();
        string key = await service.AddKeyAsync();
        var response = await service.Client.SendAsync(Check(key, new { text = new string('a', Checking.CheckEndpoint.MaxTextLength + 1) }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_the_rate_limit_answers_429_with_Retry_After_and_other_keys_are_not_limited()
    {
        await using var service = await ServiceHarness.StartAsync(configure: o => { o.CheckPermitsPerWindow = 3; o.RateWindow = TimeSpan.FromMinutes(1); });
        string first = await service.AddKeyAsync();
        string second = await service.AddKeyAsync();
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(Check(first, new { text = "hello" }))).StatusCode);
        }

        var limited = await service.Client.SendAsync(Check(first, new { text = "hello" }));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say how long to wait");
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(Check(second, new { text = "hello" }))).StatusCode);
    }

    [Fact]
    public async Task Community_key_uses_its_community_settings_and_cannot_check_for_another()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("strict-forum", "discourse");
        string key = await service.AddKeyAsync("strict-forum", checkOnly: true);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(Check(key, new { text = "hello" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Client.SendAsync(Check(key, new { text = "hello", community = "other" }))).StatusCode);
        string global = await service.AddKeyAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.SendAsync(Check(global, new { text = "hello", community = "nowhere" }))).StatusCode);
    }

    [Fact]
    public async Task OpenAPI_document_describes_the_check_endpoint()
    {
        await using var service = await ServiceHarness.StartAsync();
        string document = await service.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/v1/check", document, StringComparison.Ordinal);
        Assert.Contains("/webhooks/discourse/{community}", document, StringComparison.Ordinal);
    }
}
