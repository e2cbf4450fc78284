using System.Net;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>Every state-changing UI request refuses a missing, altered or foreign token, and another origin (G6.1).</summary>
public sealed class CsrfTests
{
    [Fact]
    public async Task Every_ui_form_refuses_a_missing_an_altered_and_another_users_token_and_changes_nothing()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "alice", ModeratorRoles.Admin);
        long mo = await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var admin = new UiClient(service.Client.BaseAddress!);
        using var moderator = new UiClient(service.Client.BaseAddress!);
        await admin.SignInAsync("alice", UiAccounts.Password);
        await moderator.SignInAsync("mo", UiAccounts.Password);
        string own = await admin.TokenAsync("/ui/queue");
        string altered = own[..^4] + (own[^4] == 'A' ? "BBBB" : "AAAA");
        string foreign = await moderator.TokenAsync("/ui/queue");
        int auditBefore = await service.CountAsync(db => db.Audit);
        int decisionsBefore = await service.CountAsync(db => db.Decisions);

        var posts = UiRoute.All(service.Services).Where(r => r.Method == "POST").ToList();
        Assert.True(posts.Count >= 10, "the UI's forms were not found in routing");
        var failures = new List<string>();
        foreach (var route in posts)
        {
            foreach (var (name, token) in new[] { ("missing", ""), ("altered", altered), ("another user's", foreign) })
            {
                using var response = await admin.PostAsync(route.PathFor(mo),
                    [("note", "x"), ("why", "x"), ("verdict", "commented"), ("userName", "mallory"), ("role", "admin"), ("password", "x"), ("name", "x")], token);
                if (response.StatusCode != HttpStatusCode.BadRequest
                    || !(await response.Content.ReadAsStringAsync()).Contains("security token", StringComparison.Ordinal))
                {
                    failures.Add($"{route.Key} with a {name} token: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(auditBefore, await service.CountAsync(db => db.Audit));
        Assert.Equal(decisionsBefore, await service.CountAsync(db => db.Decisions));
        Assert.Equal(0, await service.CountAsync(db => db.Moderators.Where(m => m.UserName == "mallory")));
        // Still signed in: the refusals did not break the session.
        await admin.PageAsync("/ui/queue");
    }

    [Fact]
    public async Task A_form_sent_from_another_origin_is_refused_even_with_a_valid_token()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        string token = await ui.TokenAsync("/ui/posts/1");

        using var crossOrigin = await ui.PostAsync("/ui/posts/1/note", [("note", "from elsewhere")], token, origin: "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, crossOrigin.StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Post, "/ui/posts/1/note")
        {
            Content = new FormUrlEncodedContent([new("note", "from a sibling site"), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var crossSite = await ui.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);

        string origin = ui.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var sameOrigin = await ui.PostAsync("/ui/posts/1/note", [("note", "from here")], token, origin: origin);
        Assert.Equal(HttpStatusCode.SeeOther, sameOrigin.StatusCode);
        var db = service.Store.Open();
        await using (db)
        {
            Assert.Equal(["from here"], await db.Decisions.Where(d => d.Action == "note").Select(d => d.Note).ToListAsync());
        }
    }
}
