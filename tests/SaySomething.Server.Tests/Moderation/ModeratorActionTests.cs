using System.Net;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>
/// Approve, override, remove and note: each writes its decision and exactly one audit row by the moderator, with
/// who, what, when and why (G6.4); removal goes through the outbox to the platform; bad input saves nothing.
/// </summary>
public sealed class ModeratorActionTests
{
    [Fact]
    public async Task Every_action_on_a_post_writes_one_audit_row_by_the_moderator_with_why()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        long mo = await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        string actor = "moderator:" + mo;
        var actions = new (string Path, (string, string)[] Fields, string Audit, string Why, string Flash)[]
        {
            ("/ui/posts/1/approve", [("note", "the comment is fine")], "post.approved", "the comment is fine", "Approved."),
            ("/ui/posts/1/override", [("verdict", "drive_by"), ("reason", "title_only"), ("why", "just the video title")], "post.overridden", "just the video title", "The verdict was overridden."),
            ("/ui/posts/1/remove", [("why", "spam link")], "post.removed", "spam link", "Removal recorded."),
            ("/ui/posts/1/note", [("note", "watch this member")], "post.noted", "watch this member", "Note added."),
        };

        foreach (var (path, fields, audit, why, flash) in actions)
        {
            int before = await service.CountAsync(db => db.Audit.Where(a => a.Actor == actor));
            using var response = await ui.SubmitAsync("/ui/posts/1", path, fields);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Contains(flash, await ui.PageAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);

            var db = service.Store.Open();
            await using (db)
            {
                var rows = await db.Audit.Where(a => a.Actor == actor).OrderBy(a => a.Id).Skip(before).ToListAsync();
                var row = Assert.Single(rows);
                Assert.Equal(audit, row.Action);
                Assert.Equal(why, row.Reason);
                Assert.Equal("demo", row.CommunityId);
                Assert.Equal("post", row.TargetKind);
                Assert.Equal(service.Time.GetUtcNow().UtcDateTime, row.At);
            }
        }

        var store = service.Store.Open();
        await using (store)
        {
            var decisions = await store.Decisions.Where(d => d.Actor == actor).OrderBy(d => d.Id).ToListAsync();
            Assert.Equal(["approve", "override", "remove", "note"], decisions.Select(d => d.Action));
            Assert.Equal("drive_by", decisions[1].Verdict);
            Assert.Equal("title_only", decisions[1].Reason);
            // The demo community has no platform API: the removal is recorded, and nothing is queued.
            Assert.Contains("recorded only", decisions[2].Note, StringComparison.Ordinal);
            Assert.Equal(0, await store.Outbox.CountAsync(o => o.DecisionId == decisions[2].Id));
        }

        // The audit page shows them, newest first.
        string auditPage = await ui.PageAsync("/ui/audit?actor=mo&action=post.");
        var cells = UiClient.Parse(auditPage).QuerySelectorAll("table.audit tbody tr td:nth-child(4)").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["post.noted", "post.removed", "post.overridden", "post.approved"], cells);
    }

    [Fact]
    public async Task Approve_cancels_the_waiting_action_and_remove_hides_the_post_through_the_outbox()
    {
        await using var api = await FakePlatformServer.StartAsync();
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await service.AddCommunityAsync("forum", "discourse", api, ModerationAction.Flag, graceSeconds: 15 * 60);
        long mo = await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1188, 1, Fixtures.DriveByMarkdown), eventId: 4712);
        await service.ProcessInboxAsync();
        await service.DispatchAsync();
        long first;
        long second;
        var db = service.Store.Open();
        await using (db)
        {
            first = await db.Posts.Where(p => p.ExternalId == "1187").Select(p => p.Id).SingleAsync();
            second = await db.Posts.Where(p => p.ExternalId == "1188").Select(p => p.Id).SingleAsync();
        }

        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        using (var approve = await ui.SubmitAsync($"/ui/posts/{first}", $"/ui/posts/{first}/approve", ("note", "a fair share")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, approve.StatusCode);
        }

        using (var remove = await ui.SubmitAsync($"/ui/posts/{second}", $"/ui/posts/{second}/remove", ("why", "Please say why you share this.")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, remove.StatusCode);
            Assert.EndsWith("?done=removed", remove.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // The grace period ends: the approved post is not flagged; the removed one is hidden now and flagged as planned.
        service.Time.Advance(TimeSpan.FromMinutes(16));
        await service.DispatchAsync();
        Assert.Single(api.CallsTo("POST", "/post_actions.json"));
        var hide = Assert.Single(api.CallsTo("DELETE", "/posts/"));
        Assert.Equal("/posts/1188.json", hide.Path);

        db = service.Store.Open();
        await using (db)
        {
            var automatic = await db.Decisions.SingleAsync(d => d.PostId == first && d.Actor == "system");
            Assert.Equal(DecisionState.Cancelled, automatic.State);
            var cancelled = await db.Outbox.SingleAsync(o => o.DecisionId == automatic.Id && o.Kind == "flag");
            Assert.Equal(OutboxState.Cancelled, cancelled.State);
            var removal = await db.Decisions.SingleAsync(d => d.PostId == second && d.Action == "remove");
            Assert.Equal(OutboxState.Done, (await db.Outbox.SingleAsync(o => o.DecisionId == removal.Id)).State);
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Actor == "moderator:" + mo && a.Action == "post.removed"));
        }

        // The post page shows the history: the moderator's decision and the call to the forum.
        string page = await ui.PageAsync($"/ui/posts/{second}");
        Assert.Contains("removed by mo", page, StringComparison.Ordinal);
        Assert.Contains("Calls to the forum", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ui/posts/1/override", "verdict=drive_by&why=no+reason+given", "A drive-by needs a reason")]
    [InlineData("/ui/posts/1/override", "verdict=spam&why=x", "New verdict must be one of: commented, drive_by.")]
    [InlineData("/ui/posts/1/override", "verdict=commented", "Why is required.")]
    [InlineData("/ui/posts/1/remove", "why=", "Reason for the removal is required.")]
    [InlineData("/ui/posts/1/note", "note=", "Note is required.")]
    [InlineData("/ui/posts/1/note", "note=%00hidden", "The form contains characters that are not allowed")]
    [InlineData("/ui/posts/1/note", "note=%07bell", "Note contains control characters")]
    public async Task Bad_input_is_refused_with_what_to_fix_and_saves_nothing(string path, string form, string message)
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        int audit = await service.CountAsync(db => db.Audit);
        var fields = form.Split('&').Select(p => p.Split('=')).Select(p => (p[0], Uri.UnescapeDataString(p[1].Replace('+', ' ')))).ToArray();
        using var response = await ui.SubmitAsync("/ui/posts/1", path, fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(audit, await service.CountAsync(db => db.Audit));
    }

    [Fact]
    public async Task A_note_too_long_and_a_post_that_does_not_exist_are_refused()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        using var tooLong = await ui.SubmitAsync("/ui/posts/1", "/ui/posts/1/note", ("note", new string('a', 2_001)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 2000 are allowed", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var missing = await ui.SubmitAsync("/ui/posts/1", "/ui/posts/99999/note", ("note", "hello"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await ui.PageAsync("/ui/posts/99999", HttpStatusCode.NotFound);
    }
}
