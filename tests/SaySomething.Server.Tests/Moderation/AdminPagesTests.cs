using System.Net;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>The admin pages: community settings (checked, audited with before and after) and accounts.</summary>
public sealed class AdminPagesTests
{
    private static (string, string)[] Settings(string grace, string action = "flag", params (string, string)[] sections) =>
        [("name", "Demo"), ("preset", "strict"), ("governed", "social_and_video"), ("grace", grace), ("action", action), .. sections];

    [Fact]
    public async Task Settings_are_saved_with_one_audit_row_holding_before_and_after()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        long alice = await UiAccounts.AddAsync(service.Store, "alice", ModeratorRoles.Admin);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("alice", UiAccounts.Password);
        const string page = "/ui/communities/demo/settings";

        using (var saved = await ui.SubmitAsync(page, page, Settings("30", "hide", ("sections[0].id", "news"), ("sections[0].action", "flag"), ("sections[0].preset", "lenient"), ("sections[0].governed", ""))))
        {
            Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        }

        var db = service.Store.Open();
        await using (db)
        {
            var community = await db.Communities.Include(c => c.Sections).SingleAsync(c => c.Id == "demo");
            Assert.Equal(("strict", "social_and_video", 1800, "hide"), (community.PolicyPreset, community.GovernedProviders, community.GraceSeconds, community.DefaultAction));
            var section = Assert.Single(community.Sections);
            Assert.Equal(("news", "flag", "lenient", (string?)null), (section.SectionId, section.Action, section.PolicyPreset, section.GovernedProviders));
            Assert.NotNull(community.WebhookSecret);
            var audit = Assert.Single(await db.Audit.Where(a => a.Actor == "moderator:" + alice && a.Action == "community.settings_changed").ToListAsync());
            Assert.Contains("\"before\":{\"name\":\"Demo (bundled sample posts)\",\"preset\":\"standard\"", audit.DetailsJson, StringComparison.Ordinal);
            Assert.Contains("\"after\":{\"name\":\"Demo\",\"preset\":\"strict\"", audit.DetailsJson, StringComparison.Ordinal);
        }

        // The secret is never on the page.
        string html = await ui.PageAsync(page);
        db = service.Store.Open();
        await using (db)
        {
            Assert.DoesNotContain((await db.Communities.SingleAsync(c => c.Id == "demo")).WebhookSecret!, html, StringComparison.Ordinal);
        }

        // The section row can be removed again.
        using (var removed = await ui.SubmitAsync(page, page, Settings("30", "hide", ("sections[0].id", "news"), ("sections[0].remove", "on"))))
        {
            Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        }

        Assert.Equal(0, await service.CountAsync(d => d.Sections));
    }

    [Theory]
    [InlineData("20000", "hide", "Grace period (minutes) must be a whole number from 0 to 10080.")]
    [InlineData("15", "ban", "Action must be one of: notify, flag, hide, message.")]
    [InlineData("", "hide", "Grace period (minutes) is required.")]
    public async Task Bad_settings_are_refused_with_what_to_fix_and_nothing_changes(string grace, string action, string message)
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "alice", ModeratorRoles.Admin);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("alice", UiAccounts.Password);
        int audit = await service.CountAsync(db => db.Audit);
        const string page = "/ui/communities/demo/settings";
        using var refused = await ui.SubmitAsync(page, page, Settings(grace, action));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(audit, await service.CountAsync(db => db.Audit));
        Assert.Equal("standard", (await service.Store.Open().Communities.SingleAsync(c => c.Id == "demo")).PolicyPreset);
    }

    [Fact]
    public async Task Duplicate_sections_are_refused()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "alice", ModeratorRoles.Admin);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("alice", UiAccounts.Password);
        const string page = "/ui/communities/demo/settings";
        using var refused = await ui.SubmitAsync(page, page, Settings("15", "flag", ("sections[0].id", "news"), ("sections[1].id", "news")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Section 'news' is listed twice", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_adds_a_moderator_whose_one_time_password_is_shown_once_and_must_be_changed()
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        long alice = await UiAccounts.AddAsync(service.Store, "alice", ModeratorRoles.Admin);
        using var admin = new UiClient(service.Client.BaseAddress!);
        await admin.SignInAsync("alice", UiAccounts.Password);

        using var created = await admin.SubmitAsync("/ui/accounts", "/ui/accounts", ("userName", "Bob"), ("role", "moderator"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var document = UiClient.Parse(await created.Content.ReadAsStringAsync());
        string password = document.QuerySelector("code.secret")!.TextContent;
        Assert.Equal(24, password.Length);
        Assert.DoesNotContain(password, await admin.PageAsync("/ui/accounts"), StringComparison.Ordinal);

        using var duplicate = await admin.SubmitAsync("/ui/accounts", "/ui/accounts", ("userName", "bob"), ("role", "moderator"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        using var badName = await admin.SubmitAsync("/ui/accounts", "/ui/accounts", ("userName", "bob smith"), ("role", "moderator"));
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        using var badRole = await admin.SubmitAsync("/ui/accounts", "/ui/accounts", ("userName", "carol"), ("role", "owner"));
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);

        using var bob = new UiClient(service.Client.BaseAddress!);
        await bob.SignInAsync("bob", password, expectedLocation: "/ui/account/password");
        var db = service.Store.Open();
        await using (db)
        {
            var audit = Assert.Single(await db.Audit.Where(a => a.Action == "account.created" && a.Actor == "moderator:" + alice).ToListAsync());
            Assert.Equal("bob", audit.TargetId);
            Assert.DoesNotContain(password, audit.Reason!, StringComparison.Ordinal);
        }
    }
}
