using System.Net;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Webhooks;

/// <summary>Webhook endpoints fail closed (401, nothing stored), store before they acknowledge, and recognise repeats.</summary>
public sealed class WebhookReceiverTests
{
    [Fact]
    public async Task Signed_discourse_delivery_is_stored_before_the_2xx_and_judged()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse");
        var response = await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.CommentedMarkdown));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        // Acknowledged means committed: the row is there before any processing ran.
        Assert.Equal(1, await service.CountAsync(db => db.Deliveries.Where(d => d.State == DeliveryState.Pending)));

        await service.ProcessInboxAsync();
        var db = service.Store.Open();
        await using (db)
        {
            var post = await db.Posts.SingleAsync();
            Assert.Equal("commented", post.Verdict);
            Assert.Equal("1187", post.ExternalId);
            Assert.Contains("\"verdict\":\"commented\"", post.JudgementJson, StringComparison.Ordinal);
            Assert.NotEqual("[]", post.OwnWordSpansJson);
            Assert.Equal(DeliveryState.Processed, (await db.Deliveries.SingleAsync()).State);
            Assert.Single(await db.Decisions.ToListAsync());
        }
    }

    [Theory]
    [InlineData("forum", "wrong-secret-123456", "a bad signature")]
    [InlineData("forum", null, "no signature")]
    [InlineData("nowhere", ServiceHarness.Secret, "an unknown community")]
    [InlineData("nosecret", ServiceHarness.Secret, "a community without a secret")]
    [InlineData("xf", ServiceHarness.Secret, "another platform's community")]
    public async Task Refused_delivery_gets_401_and_nothing_is_stored(string community, string? secret, string because)
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse");
        await service.AddCommunityAsync("nosecret", "discourse", secret: null);
        await service.AddCommunityAsync("xf", "xenforo");
        var response = await service.PostDiscourseAsync(community, Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown), secret: secret);
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, because);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await service.CountAsync(db => db.Deliveries));
        Assert.Equal(0, await service.CountAsync(db => db.Posts));
    }

    [Fact]
    public async Task XenForo_wrong_secret_gets_401_and_nothing_is_stored()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("xf", "xenforo");
        var response = await service.PostXenForoAsync("xf", Fixtures.XenForoPost(1, "[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]"), secret: "not-the-secret-at-all");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await service.CountAsync(db => db.Deliveries));
    }

    [Fact]
    public async Task Signed_but_unreadable_delivery_gets_400_and_other_events_2xx_with_nothing_stored()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse");
        var bad = await service.PostDiscourseAsync("forum", """{"post":{"id":"x"}}""");
        var ping = await service.PostDiscourseAsync("forum", """{"ping":"OK"}""", eventName: "ping");
        var topic = await service.PostDiscourseAsync("forum", """{"topic":{"id":1}}""", eventName: "topic_created");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal(HttpStatusCode.OK, topic.StatusCode);
        Assert.Equal(0, await service.CountAsync(db => db.Deliveries));
    }

    [Fact]
    public async Task Delivery_over_1_MiB_gets_413_and_nothing_is_stored()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse");
        string body = Fixtures.DiscoursePost(1, 1, new string('a', 1024 * 1024));
        var response = await service.PostDiscourseAsync("forum", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await service.CountAsync(db => db.Deliveries));
    }

    [Fact]
    public async Task Same_delivery_replayed_100_times_by_8_senders_is_one_event_one_decision_and_one_action()
    {
        await using var api = await FakePlatformServer.StartAsync();
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse", api, ModerationAction.Flag, graceSeconds: 0);
        string body = Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown);
        int sent = 0;
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 8), async (sender, _) =>
        {
            while (Interlocked.Increment(ref sent) <= 100)
            {
                // Discourse retries with a new event id each time: the dedupe key must not depend on it.
                statuses.Add((await service.PostDiscourseAsync("forum", body, eventId: 4711 + sent)).StatusCode);
            }
        });
        Assert.Equal(100, statuses.Count);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Accepted or HttpStatusCode.OK));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Accepted));

        await service.ProcessInboxAsync();
        await service.DispatchAsync();
        await service.ProcessInboxAsync();
        await service.DispatchAsync();
        Assert.Equal(1, await service.CountAsync(db => db.Deliveries));
        Assert.Equal(1, await service.CountAsync(db => db.Decisions));
        Assert.Single(api.CallsTo("POST", "/post_actions.json"));
        Assert.Single(api.CallsTo("POST", "/posts.json"));
    }

    [Fact]
    public async Task An_edit_is_a_new_decision_and_an_older_version_arriving_late_changes_nothing()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse");
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 3, Fixtures.CommentedMarkdown), "post_edited");
        await service.ProcessInboxAsync();
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 2, Fixtures.DriveByMarkdown), "post_edited");
        await service.ProcessInboxAsync();
        var db = service.Store.Open();
        await using (db)
        {
            Assert.Equal(2, await db.Decisions.CountAsync());
            var post = await db.Posts.SingleAsync();
            Assert.Equal("3", post.Version);
            Assert.Equal("commented", post.Verdict);
        }
    }

    [Fact]
    public async Task XenForo_update_that_did_not_change_the_message_is_not_judged_again()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("xf", "xenforo");
        const string message = "[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]";
        Assert.Equal(HttpStatusCode.Accepted, (await service.PostXenForoAsync("xf", Fixtures.XenForoPost(98765, message))).StatusCode);
        // A reaction: same message, same edit date -> the same key, a repeat.
        Assert.Equal(HttpStatusCode.OK, (await service.PostXenForoAsync("xf", Fixtures.XenForoPost(98765, message, eventName: "update"), "update")).StatusCode);
        await service.ProcessInboxAsync();
        // A save that touched the edit date but not the message: stored, then not judged again.
        Assert.Equal(HttpStatusCode.Accepted, (await service.PostXenForoAsync("xf", Fixtures.XenForoPost(98765, message, 1741945000, "update"), "update")).StatusCode);
        await service.ProcessInboxAsync();
        Assert.Equal(1, await service.CountAsync(db => db.Decisions));
        Assert.Equal(1, await service.CountAsync(db => db.Deliveries.Where(d => d.State == DeliveryState.Ignored)));
    }

    [Fact]
    public async Task Generic_signed_delivery_is_stored_and_a_stale_timestamp_is_refused()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("script", "generic");
        string body = """{"event":"post_created","post":{"id":"a1","version":"1","text":"lol https://youtu.be/aBcD3fGh1jK","format":"plain"}}""";
        Assert.Equal(HttpStatusCode.Accepted, (await service.PostGenericAsync("script", body)).StatusCode);
        long stale = service.Time.GetUtcNow().ToUnixTimeSeconds() - 301;
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.PostGenericAsync("script", body.Replace("a1", "a2", StringComparison.Ordinal), timestamp: stale)).StatusCode);
        await service.ProcessInboxAsync();
        var db = service.Store.Open();
        await using (db)
        {
            Assert.Equal("drive_by", (await db.Posts.SingleAsync()).Verdict);
        }
    }

    [Fact]
    public async Task Processing_failure_keeps_the_delivery_for_a_retry_with_backoff()
    {
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse");
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
        var db = service.Store.Open();
        await using (db)
        {
            // A stored header set the adapter cannot use makes processing throw.
            await db.Database.ExecuteSqlRawAsync("UPDATE webhook_deliveries SET \"HeadersJson\" = 'not json'");
        }

        await service.ProcessInboxAsync();
        var db2 = service.Store.Open();
        await using (db2)
        {
            var delivery = await db2.Deliveries.SingleAsync();
            Assert.Equal(DeliveryState.Pending, delivery.State);
            Assert.Equal(1, delivery.Attempts);
            Assert.True(delivery.NextAttemptAt > service.Time.GetUtcNow().UtcDateTime);
            Assert.NotNull(delivery.LastError);
        }
    }
}
