using System.Net;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>
/// What every served page may and may not contain: the strict Content-Security-Policy, and no address of another site
/// in any attribute (src, href, action, …): a post's links appear only as text, and open through this site on request.
/// </summary>
public sealed class PageSafetyTests
{
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    [Fact]
    public async Task Every_page_has_the_strict_policy_and_no_other_sites_address_in_any_attribute()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "alice", ModeratorRoles.Admin);
        await AddHostilePostAsync(service);
        using var ui = new UiClient(service.Client.BaseAddress!);
        var pages = new List<string> { "/ui/sign-in" };
        await ui.SignInAsync("alice", UiAccounts.Password);
        pages.AddRange(["/ui/queue", "/ui/queue?page=2", "/ui/stats", "/ui/audit", "/ui/communities", "/ui/communities/demo/settings", "/ui/accounts", "/ui/account/password", "/ui/posts/999999"]);
        var db = service.Store.Open();
        await using (db)
        {
            pages.AddRange((await db.Posts.Select(p => p.Id).ToListAsync()).Select(id => "/ui/posts/" + id));
        }

        Assert.True(pages.Count > 20, "the demo posts were not seeded");
        string self = ui.BaseAddress.GetLeftPart(UriPartial.Authority);
        var failures = new List<string>();
        int linksAsText = 0;
        foreach (string page in pages)
        {
            using var response = await ui.GetAsync(page);
            if (!response.Headers.TryGetValues("Content-Security-Policy", out var policy) || policy.Single() != Policy)
            {
                failures.Add($"{page}: no strict Content-Security-Policy");
            }

            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
            var document = UiClient.Parse(await response.Content.ReadAsStringAsync());
            foreach (var element in document.All)
            {
                if (element.LocalName is "script" or "iframe" or "img" or "object" or "embed" or "video" or "audio" or "frame")
                {
                    failures.Add($"{page}: a <{element.LocalName}> element");
                }

                foreach (var attribute in element.Attributes)
                {
                    string value = attribute.Value.Trim();
                    bool elsewhere = (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal))
                        && !value.StartsWith(self, StringComparison.Ordinal);
                    if (elsewhere || attribute.Name.StartsWith("on", StringComparison.Ordinal) || attribute.Name == "style")
                    {
                        failures.Add($"{page}: <{element.LocalName} {attribute.Name}=\"{value}\">");
                    }
                }
            }

            linksAsText += document.QuerySelectorAll("code.url").Count(c => c.TextContent.Contains("://", StringComparison.Ordinal));
        }

        Assert.Empty(failures);
        Assert.True(linksAsText > 10, "the posts' links should be shown as text");
    }

    [Fact]
    public async Task A_posts_markup_is_shown_as_text_and_its_links_open_only_through_the_stored_address()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        long id = await AddHostilePostAsync(service);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        var document = UiClient.Parse(await ui.PageAsync($"/ui/posts/{id}"));
        Assert.Empty(document.QuerySelectorAll("script, img"));
        string text = document.QuerySelector(".post-text")!.TextContent;
        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=https://evil.example/x.png>", text, StringComparison.Ordinal);

        // The open link of the row whose address (as text) is the video.
        var row = document.QuerySelectorAll("tr").Single(r => r.QuerySelector("code.url")?.TextContent == "https://www.youtube.com/watch?v=Pw2Jd9KcX4e");
        string openPath = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith($"/ui/posts/{id}/links/", openPath, StringComparison.Ordinal);
        using (var open = await ui.GetAsync(openPath))
        {
            Assert.Equal(HttpStatusCode.SeeOther, open.StatusCode);
            Assert.Equal("https://www.youtube.com/watch?v=Pw2Jd9KcX4e", open.Headers.Location!.AbsoluteUri);
            Assert.Equal("same-origin", open.Headers.GetValues("Referrer-Policy").Single());
        }

        await ui.PageAsync($"/ui/posts/{id}/links/7/open", HttpStatusCode.NotFound);
        await ui.PageAsync($"/ui/posts/{id}/links/-1/open", HttpStatusCode.NotFound);
    }

    /// <summary>A post in the demo community whose text tries to inject markup, judged like any other.</summary>
    private static async Task<long> AddHostilePostAsync(ServiceHarness service)
    {
        const string body = "<script>alert(1)</script> <img src=https://evil.example/x.png> https://www.youtube.com/watch?v=Pw2Jd9KcX4e";
        var judge = new SaySomething.Core.Judging.PostJudge(SaySomething.Core.Policies.PolicySet.Default);
        var judgement = judge.Judge(new SaySomething.Core.Judging.PostToJudge { Text = body, Format = SaySomething.Core.Documents.MarkupFormat.Plain });
        var post = new PostRecord
        {
            CommunityId = "demo",
            ExternalId = "hostile",
            Version = "1",
            Text = body,
            Format = "plain",
            Verdict = SaySomething.Core.Judging.VerdictNames.ToName(judgement.Verdict),
            JudgementJson = SaySomething.Core.Judging.JudgementJson.ToJson(judgement),
            OwnWordSpansJson = "[]",
            FirstSeenAt = service.Time.GetUtcNow().UtcDateTime,
            JudgedAt = service.Time.GetUtcNow().UtcDateTime,
        };
        var db = service.Store.Open();
        await using (db)
        {
            db.Posts.Add(post);
            await db.SaveChangesAsync();
        }

        return post.Id;
    }
}
