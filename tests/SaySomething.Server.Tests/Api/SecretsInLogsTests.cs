using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SaySomething.Server.Tests.TestSupport;

namespace SaySomething.Server.Tests.Api;

/// <summary>Secrets never reach the logs (G6.2): not the webhook secret, not a wrong one sent to us, not an API key or a forum key.</summary>
public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task Logs_at_every_level_hold_no_secret_after_good_and_bad_requests()
    {
        using var logs = new CapturingLogs();
        await using var api = await FakePlatformServer.StartAsync();
        await using var service = await ServiceHarness.StartAsync(logs: logs);
        await service.AddCommunityAsync("forum", "discourse", api, graceSeconds: 0);
        await service.AddCommunityAsync("xf", "xenforo", api);
        const string wrongSecret = "attacker-guess-secret-93b1";
        string key = await service.AddKeyAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(1, 1, Fixtures.DriveByMarkdown), secret: wrongSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.PostXenForoAsync("xf", Fixtures.XenForoPost(2, "x"), secret: wrongSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await service.PostDiscourseAsync("forum", Fixtures.DiscoursePost(3, 1, Fixtures.DriveByMarkdown))).StatusCode);
        var check = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = JsonContent.Create(new { text = "hello" }) };
        check.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(check)).StatusCode);
        var bad = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = JsonContent.Create(new { text = "hello" }) };
        bad.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client.SendAsync(bad)).StatusCode);
        await service.ProcessInboxAsync();
        await service.DispatchAsync();

        string all = logs.All;
        Assert.Contains("Refused a discourse delivery", all, StringComparison.Ordinal);
        foreach (var secret in new[] { ServiceHarness.Secret, wrongSecret, key, "fake-platform-key" })
        {
            Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        }
    }
}
