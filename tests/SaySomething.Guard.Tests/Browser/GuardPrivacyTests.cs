using System.Text.Json;
using Microsoft.Playwright;
using SaySomething.Guard.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SaySomething.Guard.Tests.Browser;

/// <summary>What leaves the page: the draft and the configured context, to our service only; no cookies, no referrer.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class GuardPrivacyTests(Chromium chromium)
{
    private static readonly string[] AllowedFields = ["text", "format", "community", "section", "thread_title", "metadata"];

    [BrowserFact]
    public async Task Only_the_draft_and_its_configured_context_go_to_the_service_without_cookies_or_referrer()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        // A cookie the browser holds for the service's host must never be sent along.
        await session.Context.AddCookiesAsync([new Cookie { Name = "tracking", Value = "secret-cookie", Url = session.Service.Origin }]);
        var requests = new List<IRequest>();
        session.Context.Request += (_, request) => requests.Add(request);

        var page = await session.OpenAsync("privacy", ForumMarkup.TextareaForm, "data-title-selector=\"#thread-title\" data-section=\"videos\"");
        await page.Locator("#composer").FillAsync(ForumMarkup.BareLink);
        await Expect(page.Locator(".ss-guard")).ToHaveAttributeAsync("data-ss-state", "hint");

        Assert.All(requests, r => Assert.True(r.Url.StartsWith(session.Forum.Origin + "/", StringComparison.Ordinal) || r.Url.StartsWith(session.Service.Origin + "/", StringComparison.Ordinal), $"unexpected request to {r.Url}"));
        var toService = requests.Where(r => r.Url.StartsWith(session.Service.Origin + "/", StringComparison.Ordinal)).ToList();
        Assert.All(toService, r => Assert.Contains($"{r.Method} {new Uri(r.Url).AbsolutePath}", new[] { "GET /guard.js", "POST /v1/check" }));
        var checks = toService.Where(r => r.Method == "POST").ToList();
        Assert.NotEmpty(checks);
        foreach (var check in checks)
        {
            var headers = await check.AllHeadersAsync();
            Assert.False(headers.ContainsKey("cookie"), "the check must carry no cookie");
            Assert.False(headers.ContainsKey("referer"), "the check must carry no referrer");
            using var body = JsonDocument.Parse(check.PostData!);
            Assert.All(body.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, AllowedFields));
            Assert.Equal(ForumMarkup.BareLink, body.RootElement.GetProperty("text").GetString());
            Assert.Equal("Caching talks worth watching", body.RootElement.GetProperty("thread_title").GetString());
            Assert.Equal("videos", body.RootElement.GetProperty("section").GetString());
        }
    }
}
