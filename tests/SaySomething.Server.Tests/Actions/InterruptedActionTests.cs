using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SaySomething.Platforms;
using SaySomething.Server.Actions;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Tests.Actions;

/// <summary>
/// A process stopped between "call sent" and "result recorded" leaves an outbox row <c>Sending</c>. The next start
/// asks the platform: done there → recorded done, never resent; not done → sent once; cannot tell (a private
/// message) → marked uncertain and not resent, so nothing is ever done twice.
/// </summary>
public sealed class InterruptedActionTests
{
    private static async Task MarkSendingAsync(ServiceHarness service, string kind)
    {
        var db = service.Store.Open();
        await using (db)
        {
            var row = await db.Outbox.SingleAsync(o => o.Kind == kind);
            row.State = OutboxState.Sending;
            row.Attempts = 1;
            await db.SaveChangesAsync();
        }
    }

    private static OutboxDispatcher Restarted(ServiceHarness service) =>
        new(service.Store, service.Services.GetRequiredService<PlatformRegistry>(), service.Options, NullLogger<OutboxDispatcher>.Instance);

    private static async Task<OutboxState> StateAsync(ServiceHarness service, string kind)
    {
        var db = service.Store.Open();
        await using (db)
        {
            return (await db.Outbox.SingleAsync(o => o.Kind == kind)).State;
        }
    }

    [Fact]
    public async Task A_flag_sent_before_the_crash_is_found_at_the_platform_and_not_sent_again()
    {
        await using var api = await FakePlatformServer.StartAsync();
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse", api, ModerationAction.Flag, graceSeconds: 0);
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
        await service.ProcessInboxAsync();
        await MarkSendingAsync(service, "flag");
        // The call went out just before the process died.
        using (var http = new HttpClient { BaseAddress = api.BaseUrl })
        {
            await http.PostAsJsonAsync("post_actions.json", new { id = 1187, post_action_type_id = 7, message = "x", flag_topic = false });
        }

        using var dispatcher = Restarted(service);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Single(api.CallsTo("POST", "/post_actions.json"));
        Assert.Equal(OutboxState.Done, await StateAsync(service, "flag"));
    }

    [Fact]
    public async Task A_hide_not_done_at_the_platform_is_sent_once_after_the_restart()
    {
        await using var api = await FakePlatformServer.StartAsync();
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse", api, ModerationAction.Hide, graceSeconds: 0);
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
        await service.ProcessInboxAsync();
        await MarkSendingAsync(service, "hide");
        using var dispatcher = Restarted(service);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Single(api.CallsTo("DELETE", "/posts/1187.json"));
        Assert.Equal(OutboxState.Done, await StateAsync(service, "hide"));
    }

    [Fact]
    public async Task A_message_the_platform_cannot_confirm_is_marked_uncertain_and_never_resent()
    {
        await using var api = await FakePlatformServer.StartAsync();
        await using var service = await ServiceHarness.StartAsync();
        await service.AddCommunityAsync("forum", "discourse", api, ModerationAction.Notify);
        await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown));
        await service.ProcessInboxAsync();
        await MarkSendingAsync(service, "tell_author");
        using var dispatcher = Restarted(service);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        service.Time.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Empty(api.CallsTo("POST", "/posts.json"));
        Assert.Equal(OutboxState.Uncertain, await StateAsync(service, "tell_author"));
        var db = service.Store.Open();
        await using (db)
        {
            Assert.Contains(await db.Audit.Select(a => a.Action).ToListAsync(), a => a == "action.uncertain");
        }
    }
}
