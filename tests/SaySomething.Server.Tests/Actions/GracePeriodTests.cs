using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Actions;

/// <summary>
/// The grace period with an injected clock: the author is told at once; the action waits; an edit or a commenting
/// reply in time cancels it; an edit after the action undoes it where the platform can. Every step is audited.
/// </summary>
public sealed class GracePeriodTests
{
    private static async Task<(FakePlatformServer Api, ServiceHarness Service)> StartAsync(string platform, string action)
    {
        var api = await FakePlatformServer.StartAsync();
        var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", platform, api, action, graceSeconds: 15 * 60);
        return (api, service);
    }

    [Fact]
    public async Task Discourse_drive_by_tells_the_author_at_once_and_flags_only_after_15_minutes()
    {
        var (api, service) = await StartAsync("discourse", ModerationAction.Flag);
        await using (api)
        await using (service)
        {
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
            await service.ProcessInboxAsync();
            await service.DispatchAsync();
            var message = Assert.Single(api.CallsTo("POST", "/posts.json"));
            Assert.Contains("\"archetype\":\"private_message\"", message.Body, StringComparison.Ordinal);
            Assert.Contains("\"target_recipients\":\"priya_n\"", message.Body, StringComparison.Ordinal);
            Assert.Equal("fake-platform-key", message.Headers["Api-Key"]);
            Assert.Equal("saysomething_bot", message.Headers["Api-Username"]);
            Assert.Empty(api.CallsTo("POST", "/post_actions.json"));

            service.Time.Advance(TimeSpan.FromMinutes(14));
            await service.DispatchAsync();
            Assert.Empty(api.CallsTo("POST", "/post_actions.json"));

            service.Time.Advance(TimeSpan.FromMinutes(1));
            await service.DispatchAsync();
            var flag = Assert.Single(api.CallsTo("POST", "/post_actions.json"));
            Assert.Contains("\"post_action_type_id\":7", flag.Body, StringComparison.Ordinal);
            Assert.Contains("\"id\":1187", flag.Body, StringComparison.Ordinal);
            Assert.Contains("\"message\":", flag.Body, StringComparison.Ordinal);

            var db = service.Store.Open();
            await using (db)
            {
                Assert.Equal(DecisionState.Acted, (await db.Decisions.SingleAsync()).State);
                var audit = await db.Audit.Select(a => a.Action).ToListAsync();
                Assert.Contains("decision.created", audit);
                Assert.Equal(2, audit.Count(a => a == "action.planned"));
                Assert.Equal(2, audit.Count(a => a == "action.done"));
            }
        }
    }

    [Fact]
    public async Task An_edit_with_a_comment_in_time_cancels_the_action()
    {
        var (api, service) = await StartAsync("discourse", ModerationAction.Hide);
        await using (api)
        await using (service)
        {
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
            await service.ProcessInboxAsync();
            await service.DispatchAsync();
            service.Time.Advance(TimeSpan.FromMinutes(10));
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 2, Fixtures.CommentedMarkdown), "post_edited");
            await service.ProcessInboxAsync();
            service.Time.Advance(TimeSpan.FromMinutes(30));
            await service.DispatchAsync();

            Assert.Empty(api.CallsTo("DELETE", "/posts/"));
            var db = service.Store.Open();
            await using (db)
            {
                var first = await db.Decisions.OrderBy(d => d.Id).FirstAsync();
                Assert.Equal(DecisionState.Cancelled, first.State);
                Assert.Equal(OutboxState.Cancelled, (await db.Outbox.SingleAsync(o => o.Kind == "hide")).State);
                Assert.Contains(await db.Audit.Select(a => a.Action).ToListAsync(), a => a == "decision.cancelled");
            }
        }
    }

    [Fact]
    public async Task A_reply_with_commentary_in_time_by_the_same_author_cancels_the_action()
    {
        var (api, service) = await StartAsync("discourse", ModerationAction.Flag);
        await using (api)
        await using (service)
        {
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
            await service.ProcessInboxAsync();
            service.Time.Advance(TimeSpan.FromMinutes(5));
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1188, 1, "Sorry, forgot to say: the part on cache invalidation at 12:30 changed how I think about TTLs.", postNumber: 5));
            await service.ProcessInboxAsync();
            service.Time.Advance(TimeSpan.FromMinutes(20));
            await service.DispatchAsync();
            Assert.Empty(api.CallsTo("POST", "/post_actions.json"));
            var db = service.Store.Open();
            await using (db)
            {
                Assert.Equal(DecisionState.Cancelled, (await db.Decisions.OrderBy(d => d.Id).FirstAsync()).State);
            }
        }
    }

    [Fact]
    public async Task A_reply_by_someone_else_does_not_cancel_the_action()
    {
        var (api, service) = await StartAsync("discourse", ModerationAction.Flag);
        await using (api)
        await using (service)
        {
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
            await service.ProcessInboxAsync();
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1188, 1, "I think the part on cache invalidation at 12:30 is wrong, honestly.", userId: 99, username: "bob", postNumber: 5));
            await service.ProcessInboxAsync();
            service.Time.Advance(TimeSpan.FromMinutes(16));
            await service.DispatchAsync();
            Assert.Single(api.CallsTo("POST", "/post_actions.json"));
        }
    }

    [Fact]
    public async Task An_edit_after_the_post_was_hidden_restores_it()
    {
        var (api, service) = await StartAsync("discourse", ModerationAction.Hide);
        await using (api)
        await using (service)
        {
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
            await service.ProcessInboxAsync();
            service.Time.Advance(TimeSpan.FromMinutes(16));
            await service.DispatchAsync();
            Assert.Single(api.CallsTo("DELETE", "/posts/1187.json"));

            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 2, Fixtures.CommentedMarkdown), "post_edited");
            await service.ProcessInboxAsync();
            await service.DispatchAsync();
            Assert.Single(api.CallsTo("PUT", "/posts/1187/recover.json"));
            var db = service.Store.Open();
            await using (db)
            {
                Assert.Equal(DecisionState.Undone, (await db.Decisions.OrderBy(d => d.Id).FirstAsync()).State);
            }
        }
    }

    [Fact]
    public async Task XenForo_flag_is_a_conversation_to_the_moderators_and_hide_a_soft_delete_with_reason_and_alert()
    {
        var (api, service) = await StartAsync("xenforo", ModerationAction.Flag);
        await using (api)
        await using (service)
        {
            await service.PostXenForoAsync("forum", Fixtures.XenForoPost(98765, "[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]"));
            await service.ProcessInboxAsync();
            service.Time.Advance(TimeSpan.FromMinutes(16));
            await service.DispatchAsync();
            var conversations = api.CallsTo("POST", "/api/conversations/");
            Assert.Equal(2, conversations.Count);
            Assert.Contains("recipient_ids%5B%5D=45", conversations[0].Body, StringComparison.Ordinal);
            Assert.Contains("recipient_ids%5B%5D=2&recipient_ids%5B%5D=3", conversations[1].Body, StringComparison.Ordinal);
            Assert.Equal("fake-platform-key", conversations[0].Headers["XF-Api-Key"]);
            Assert.Equal("1", conversations[0].Headers["XF-Api-User"]);
        }

        var (api2, service2) = await StartAsync("xenforo", ModerationAction.Hide);
        await using (api2)
        await using (service2)
        {
            await service2.PostXenForoAsync("forum", Fixtures.XenForoPost(98765, "[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]"));
            await service2.ProcessInboxAsync();
            service2.Time.Advance(TimeSpan.FromMinutes(16));
            await service2.DispatchAsync();
            var delete = Assert.Single(api2.CallsTo("DELETE", "/api/posts/98765/"));
            Assert.Contains("hard_delete=false", delete.Path, StringComparison.Ordinal);
            Assert.Contains("author_alert=true", delete.Path, StringComparison.Ordinal);
            Assert.Contains("reason=", delete.Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_429_with_Retry_After_reschedules_the_action_durably_and_it_is_sent_once_later()
    {
        var (api, service) = await StartAsync("discourse", ModerationAction.Notify);
        await using (api)
        await using (service)
        {
            api.Force(429, "60");
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
            await service.ProcessInboxAsync();
            await service.DispatchAsync();
            var db = service.Store.Open();
            await using (db)
            {
                var row = await db.Outbox.SingleAsync();
                Assert.Equal(OutboxState.Pending, row.State);
                Assert.True(row.DueAt >= service.Time.GetUtcNow().UtcDateTime.AddSeconds(59));
                Assert.Contains("429", row.LastError, StringComparison.Ordinal);
            }

            service.Time.Advance(TimeSpan.FromSeconds(30));
            await service.DispatchAsync();
            Assert.Single(api.CallsTo("POST", "/posts.json"));
            service.Time.Advance(TimeSpan.FromSeconds(31));
            await service.DispatchAsync();
            Assert.Equal(2, api.CallsTo("POST", "/posts.json").Count);
            var db2 = service.Store.Open();
            await using (db2)
            {
                Assert.Equal(OutboxState.Done, (await db2.Outbox.SingleAsync()).State);
            }
        }
    }

    [Fact]
    public async Task A_permanent_error_is_not_retried_and_is_audited_for_moderators()
    {
        var (api, service) = await StartAsync("discourse", ModerationAction.Notify);
        await using (api)
        await using (service)
        {
            api.Force(403);
            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
            await service.ProcessInboxAsync();
            await service.DispatchAsync();
            service.Time.Advance(TimeSpan.FromHours(2));
            await service.DispatchAsync();
            Assert.Single(api.Calls);
            var db = service.Store.Open();
            await using (db)
            {
                Assert.Equal(OutboxState.Failed, (await db.Outbox.SingleAsync()).State);
                Assert.Contains(await db.Audit.Select(a => a.Action).ToListAsync(), a => a == "action.failed");
            }
        }
    }

    [Fact]
    public async Task A_section_with_its_own_action_overrides_the_community_action()
    {
        var (api, service) = await StartAsync("discourse", ModerationAction.Notify);
        await using (api)
        await using (service)
        {
            var db = service.Store.Open();
            await using (db)
            {
                // Category 5 (the fixture's) hides; the rest of the forum only notifies.
                db.Sections.Add(new CommunitySection { CommunityId = "forum", SectionId = "5", Action = ModerationAction.Hide });
                await db.SaveChangesAsync();
            }

            await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
            await service.ProcessInboxAsync();
            service.Time.Advance(TimeSpan.FromMinutes(16));
            await service.DispatchAsync();
            Assert.Single(api.CallsTo("DELETE", "/posts/1187.json"));
        }
    }
}
