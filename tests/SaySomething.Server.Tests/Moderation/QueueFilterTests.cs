using System.Net;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>The queue's filters and paging, on SQLite and PostgreSQL (the filters are translated to SQL).</summary>
public sealed class QueueFilterTests
{
    private static readonly DateTime Day = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>30 posts in "forum": verdicts, reasons, providers, members, sections and days vary by index.</summary>
    private static async Task SeedAsync(ServiceHarness service)
    {
        await service.AddCommunityAsync("forum", "discourse");
        await service.AddCommunityAsync("other", "discourse");
        var db = service.Store.Open();
        await using (db)
        {
            for (int i = 0; i < 30; i++)
            {
                db.Posts.Add(Post("forum", i));
            }

            db.Posts.Add(Post("other", 99));
            await db.SaveChangesAsync();
        }
    }

    private static PostRecord Post(string community, int i) => new()
    {
        CommunityId = community,
        ExternalId = "p" + i,
        Version = "1",
        Text = "post " + i,
        Format = "plain",
        // 0,3,6…: drive-by (title only when even, copied when odd); 1,4,7…: commented; 2,5,8…: needs review.
        Verdict = (i % 3) switch { 0 => "drive_by", 1 => "commented", _ => "needs_review" },
        Reason = i % 3 == 0 ? (i % 2 == 0 ? "title_only" : "copied") : null,
        // "youtube_music" must not match a filter for "youtube".
        Providers = (i % 4) switch { 0 => "youtube", 1 => "x,youtube", 2 => "youtube_music", _ => null },
        AuthorName = i < 10 ? "priya" : "tom",
        SectionId = i % 2 == 0 ? "news" : "offtopic",
        JudgementJson = "{}",
        OwnWordSpansJson = "[]",
        FirstSeenAt = Day.AddDays(i / 10),
        JudgedAt = Day.AddDays(i / 10),
    };

    private static async Task<(int Total, int Rows)> CountAsync(UiClient ui, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        string html = await ui.PageAsync("/ui/queue" + query, expected);
        var document = UiClient.Parse(html);
        int rows = document.QuerySelectorAll("table.queue tbody tr").Length;
        string count = document.QuerySelector("p.count")?.TextContent ?? "";
        int total = count.Length == 0 ? -1 : int.Parse(count.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return (total, rows);
    }

    [Theory]
    [StoreProvider("sqlite")]
    [StoreProvider("postgres")]
    public async Task Filters_narrow_the_queue_and_pages_split_it(string provider)
    {
        await using var service = await ServiceHarness.StartAsync(provider, options => options.Moderation.KeysDirectory = Path.Combine(Path.GetTempPath(), "saysomething-tests", "keys-" + Guid.NewGuid().ToString("n")));
        await SeedAsync(service);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);

        Assert.Equal((31, 25), await CountAsync(ui, ""));
        Assert.Equal((31, 6), await CountAsync(ui, "?page=2"));
        Assert.Equal((30, 25), await CountAsync(ui, "?community=forum"));
        Assert.Equal((10, 10), await CountAsync(ui, "?community=forum&verdict=drive_by"));
        Assert.Equal((5, 5), await CountAsync(ui, "?community=forum&reason=title_only"));
        // Whole provider names: youtube matches "youtube" and "x,youtube", not "youtube_music".
        Assert.Equal((16, 16), await CountAsync(ui, "?community=forum&provider=youtube"));
        Assert.Equal((8, 8), await CountAsync(ui, "?community=forum&provider=x"));
        Assert.Equal((10, 10), await CountAsync(ui, "?community=forum&member=priya"));
        Assert.Equal((15, 15), await CountAsync(ui, "?community=forum&section=news"));
        Assert.Equal((10, 10), await CountAsync(ui, "?community=forum&from=2026-03-11&to=2026-03-11"));
        Assert.Equal((20, 20), await CountAsync(ui, "?community=forum&from=2026-03-11"));
        Assert.Equal((2, 2), await CountAsync(ui, "?community=forum&verdict=drive_by&member=tom&section=news&provider=youtube"));
        Assert.Equal((0, 0), await CountAsync(ui, "?member=nobody"));

        // The filters stay in the page links.
        string html = await ui.PageAsync("/ui/queue?verdict=commented&member=tom");
        Assert.Contains("value=\"tom\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"commented\" selected", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?verdict=spam", "Verdict must be one of")]
    [InlineData("?reason=rude", "Reason must be one of")]
    [InlineData("?community=nowhere", "Community must be one of")]
    [InlineData("?provider=you%20tube", "Provider must be a provider name")]
    [InlineData("?from=2026-02-30", "From must be a date written yyyy-mm-dd.")]
    [InlineData("?from=2026-03-12&to=2026-03-10", "The start date is after the end date")]
    [InlineData("?page=0", "Page must be a whole number from 1 to 2000.")]
    [InlineData("?page=2001", "Page must be a whole number from 1 to 2000.")]
    public async Task Bad_filters_are_answered_400_with_what_to_fix(string query, string message)
    {
        await using var service = await ServiceHarness.StartAsync(configure: UiAccounts.WithDemo);
        await UiAccounts.AddAsync(service.Store, "mo", ModeratorRoles.Moderator);
        using var ui = new UiClient(service.Client.BaseAddress!);
        await ui.SignInAsync("mo", UiAccounts.Password);
        string html = await ui.PageAsync("/ui/queue" + query, HttpStatusCode.BadRequest);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}
