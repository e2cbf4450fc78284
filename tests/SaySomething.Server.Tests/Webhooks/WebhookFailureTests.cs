using System.Net;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;

namespace SaySomething.Server.Tests.Webhooks;

/// <summary>A delivery that cannot be committed is never acknowledged; floods are limited per community and source.</summary>
public sealed class WebhookFailureTests
{
    [Fact]
    public async Task A_failing_commit_answers_503_with_Retry_After_never_2xx_or_404()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse");
        var db = service.Store.Open();
        await using (db)
        {
            // Stands in for a full disk or a lost database: every insert into the inbox fails.
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER inbox_broken BEFORE INSERT ON webhook_deliveries BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
        }

        var response = await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(0, await service.CountAsync(d => d.Deliveries));
    }

    [Fact]
    public async Task A_flood_from_one_source_gets_429_with_Retry_After()
    {
        await using var service = await ServiceHarness.StartAsync(configure: o => o.WebhookPermitsPerWindow = 2);
        await service.AddCommunityAsync("forum", "discourse");
        for (int i = 1; i <= 2; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(i, 1, Fixtures.DriveByMarkdown))).StatusCode);
        }

        var limited = await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(3, 1, Fixtures.DriveByMarkdown));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(2, await service.CountAsync(d => d.Deliveries));
    }
}
