using System.Net;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>The statistics page: drive-by rates by day, provider, member and section, and its limits.</summary>
public sealed class StatisticsTests
{
    private static async Task SeedAsync(ServiceHarness service)
    {
        await service.AddCommunityAsync("forum", "discourse");
        var day = new DateTime(2026, 3, 13, 10, 0, 0, DateTimeKind.Utc);
        (string Verdict, string? Providers, string Member, string? Section, int Day)[] posts =
        [
            ("drive_by", "youtube", "priya", "news", 0),
            ("drive_by", "youtube,x", "priya", "news", 0),
            ("commented", "youtube", "tom", "news", 0),
            ("commented", "x", "tom", null, 1),
            ("not_applicable", null, "tom", null, 1),
            ("needs_review", "tiktok", "priya", "news", 1),
        ];
        var db = service.Store.Open();
        await using (db)
        {
            int i = 0;
            foreach (var (verdict, providers, member, section, offset) in posts)
            {
                db.Posts.Add(new PostRecord
                {
                    CommunityId = "forum", ExternalId = "s" + i++, Version = "1", Text = "t", Format = "plain", Verdict = verdict, Providers = providers,
                    AuthorName = member, SectionId = section, JudgementJson = "{}", OwnWordSpansJson = "[]",
                    FirstSeenAt = day.AddDays(offset), JudgedAt = day.AddDays(offset),
                });
            }

            await db.SaveChangesAsync();
        }
    }

    private static List<string[]> Table(AngleSharp.Dom.IDocument document, int index) =>
        document.QuerySelectorAll("table.rates")[index].QuerySelectorAll("tbody tr")
            .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();

    [Fact]
    public async Task Rates_are_counted_over_posts_with_a_governed_link()
    {
        await using var service = await ServiceHarness.StartAsync(configure: o => o.Moderation.KeysDirectory = Path.Combine(Path.GetTempPath(), "saysomething-tests", "keys-" + Guid.NewGuid().ToString("n")));
        await SeedAsync(service);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        var document = UiClient.Parse(await ui.PageAsync("/ui/stats?community=forum"));
        Assert.Contains("5 posts with a governed link, 2 drive-bys, a drive-by rate of 40.0 %", document.QuerySelector("p.summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([["2026-03-13", "3", "2", "66.7 %"], ["2026-03-14", "2", "0", "0.0 %"]], Table(document, 0));
        Assert.Equal([["youtube", "3", "2", "66.7 %"], ["x", "2", "1", "50.0 %"], ["tiktok", "1", "0", "0.0 %"]], Table(document, 1));
        Assert.Equal([["priya", "3", "2", "66.7 %"], ["tom", "2", "0", "0.0 %"]], Table(document, 2));
        Assert.Equal([["news", "4", "2", "50.0 %"], ["(none)", "1", "0", "0.0 %"]], Table(document, 3));
    }

    [Fact]
    public async Task Too_long_a_range_and_too_many_posts_are_refused_with_what_to_do()
    {
        await using var service = await ServiceHarness.StartAsync(configure: o =>
        {
            o.Moderation.KeysDirectory = Path.Combine(Path.GetTempPath(), "saysomething-tests", "keys-" + Guid.NewGuid().ToString("n"));
            o.Moderation.MaxStatisticsPosts = 3;
        });
        await SeedAsync(service);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        Assert.Contains("at most 366 can be counted at once", await ui.PageAsync("/ui/stats?from=2024-01-01&to=2026-03-14", HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("More than 3 posts fall in this range; choose fewer days or one community.", await ui.PageAsync("/ui/stats", HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("posts with a governed link", await ui.PageAsync("/ui/stats?from=2026-03-14&to=2026-03-14"), StringComparison.Ordinal);
    }
}
