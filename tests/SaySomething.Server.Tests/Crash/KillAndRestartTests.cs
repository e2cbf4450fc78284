using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage;
using SaySomething.Storage.Entities;
using Xunit.Abstractions;

namespace SaySomething.Server.Tests.Crash;

/// <summary>
/// The crash test of security.md §5.3, scaled to a CI run: the real server as a child process, signed deliveries from 8
/// concurrent senders (5 % duplicates, edits), SIGKILL at random moments, restart, resend what got no 2xx. After
/// draining: nothing acknowledged is lost, nothing is stored or decided twice, no action reaches the platform twice,
/// every done action has its audit row, the database is intact, and the kills really landed mid-work.
/// </summary>
public sealed class KillAndRestartTests(ITestOutputHelper output)
{
    private const string Secret = "crash-test-webhook-secret";

    // The suite's run is small (4 kills, 80 posts) so that it does not crowd the other test projects running beside it;
    // .ci/run then runs it alone with SAYSOMETHING_CRASH_KILLS=100 (security.md G5.1: at least 100 kills in CI).
    private static readonly int Posts = Setting("SAYSOMETHING_CRASH_POSTS", 80, minimum: 50);
    private static readonly int Kills = Setting("SAYSOMETHING_CRASH_KILLS", 4, minimum: 1);

    private sealed record Delivery(int Index, long PostId, int Version, string Body);

    [Theory]
    [StoreProvider("sqlite")]
    [StoreProvider("postgres")]
    public async Task Killed_mid_work_and_restarted_nothing_acknowledged_is_lost_and_nothing_is_done_twice(string provider)
    {
        using var test = TestStores.Create(provider);
        // SQLite: the data folder is the test store's; PostgreSQL: the database is, and the folder holds the secrets key.
        string data = test.Folder ?? test.Location.KeyFolder;
        string[] storeArguments = test.Location.Provider == StoreProvider.Postgres
            ? ["--data", data, "--postgres", test.Location.ConnectionString]
            : ["--data", data];
        await using var api = await FakePlatformServer.StartAsync();
        // A slow platform widens the window between "call sent" and "result recorded".
        api.AnswerDelay = TimeSpan.FromMilliseconds(20);
        try
        {
            var (exit, text) = await ServerProcess.RunCliAsync(["communities", "set", "forum", "--platform", "discourse", "--secret", Secret,
                "--api-url", api.BaseUrl.ToString(), "--api-key", "fake-platform-key", "--api-user", "bot", "--action", "flag", "--grace-minutes", "0", .. storeArguments]);
            Assert.True(exit == 0, text);

            var deliveries = Plan();
            var acknowledged = new ConcurrentDictionary<int, bool>();
            var random = new Random(20261126);
            var kills = new List<(int Exit, int InFlight)>();
            var pending = new ConcurrentQueue<Delivery>(deliveries);

            for (int round = 0; round <= Kills; round++)
            {
                bool kill = round < Kills;
                using var server = await ServerProcess.StartAsync([.. storeArguments, "--platform-calls-per-minute", "100000"]);
                using var client = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };
                int inFlight = 0, taken = 0;

                // A killed round takes only its share of the work, so that every kill finds deliveries still to send,
                // and the kill comes after a random number of them, while one is in flight.
                int share = kill ? Math.Max(2, pending.Count / (Kills - round + 1)) : int.MaxValue;
                int killAfter = kill ? 1 + random.Next(share - 1) : 0;
                var killNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using var stop = new CancellationTokenSource();
                var retry = new ConcurrentQueue<Delivery>();
                var senders = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested && Volatile.Read(ref taken) < share && pending.TryDequeue(out var delivery))
                    {
                        Interlocked.Increment(ref inFlight);
                        if (Interlocked.Increment(ref taken) == killAfter)
                        {
                            killNow.TrySetResult();
                        }

                        try
                        {
                            var response = await Send(client, delivery, stop.Token);
                            if (response is HttpStatusCode.Accepted or HttpStatusCode.OK)
                            {
                                acknowledged[delivery.Index] = true;
                            }
                            else
                            {
                                retry.Enqueue(delivery);
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException
                            or System.Net.Sockets.SocketException or IOException)
                        {
                            // No answer (a kill can also surface as a bare socket error from the connection pool): the
                            // sender retries later, as real platforms do.
                            retry.Enqueue(delivery);
                        }
                        finally
                        {
                            Interlocked.Decrement(ref inFlight);
                        }
                    }
                })).ToArray();

                if (kill)
                {
                    // Not a fixed delay: on a fast, idle machine it could fall after the senders had run out of work, and
                    // the kill would prove nothing.
                    await Task.WhenAny(killNow.Task, Task.Delay(TimeSpan.FromSeconds(10)));

                    int busy = Volatile.Read(ref inFlight);
                    kills.Add((await server.KillAsync(), busy));
                    await stop.CancelAsync();
                }

                await Task.WhenAll(senders);
                foreach (var delivery in retry)
                {
                    pending.Enqueue(delivery);
                }

                if (!kill)
                {
                    Assert.True(pending.IsEmpty, "the last round (no kill) must deliver everything");
                    await DrainAsync(test.Location);
                    // Control run: this round was never killed.
                    Assert.False(server.KillAsync().IsFaulted);
                }
            }

            output.WriteLine($"kills: {string.Join(", ", kills.Select(k => $"exit {k.Exit} with {k.InFlight} in flight"))}");
            // Vacuity: every kill was a SIGKILL (128 + 9), and most landed with requests in flight.
            Assert.All(kills, k => Assert.Equal(137, k.Exit));
            Assert.True(kills.Count(k => k.InFlight > 0) * 4 >= Kills * 3, "at least 3 kills in 4 must land while requests are in flight");
            Assert.Equal(deliveries.Count, acknowledged.Count);
            await CheckInvariantsAsync(test.Location, deliveries, api);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>80 drive-bys, 6 duplicates (about 5 %), 3 edits with a comment.</summary>
    private static int Setting(string name, int fallback, int minimum) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? Math.Max(value, minimum) : fallback;

    private static List<Delivery> Plan()
    {
        var list = new List<Delivery>();
        for (int i = 0; i < Posts; i++)
        {
            list.Add(new Delivery(list.Count, 10_000 + i, 1, Fixtures.DiscoursePost(10_000 + i, 1, Fixtures.DriveByMarkdown, topicId: 500 + i)));
        }

        // About 5 % duplicates: every 13th post sent twice.
        for (int i = 0; i * 13 < Posts && i < Posts / 13; i++)
        {
            list.Add(list[i * 13] with { Index = list.Count });
        }

        for (int i = 0; i < 3; i++)
        {
            list.Add(new Delivery(list.Count, 10_040 + i, 2, Fixtures.DiscoursePost(10_040 + i, 2, Fixtures.CommentedMarkdown, topicId: 540 + i)));
        }

        return list;
    }

    private static async Task<HttpStatusCode> Send(HttpClient client, Delivery delivery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/discourse/forum") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(delivery.Body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Discourse-Instance", "https://forum.example.org");
        request.Headers.Add("X-Discourse-Event", delivery.Version == 1 ? "post_created" : "post_edited");
        request.Headers.Add("X-Discourse-Event-Signature", Fixtures.DiscourseSignature(Secret, delivery.Body));
        using var response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>Waits until the inbox is processed and no due action waits.</summary>
    private static async Task DrainAsync(StoreLocation location)
    {
        var store = new ServiceStore(location);
        for (int i = 0; i < 600; i++)
        {
            var db = store.Open();
            await using (db)
            {
                bool inbox = await db.Deliveries.AnyAsync(d => d.State == DeliveryState.Pending);
                bool outbox = await db.Outbox.AnyAsync(o => o.State == OutboxState.Pending || o.State == OutboxState.Sending);
                if (!inbox && !outbox)
                {
                    return;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The service did not drain its inbox and outbox within 60 s.");
    }

    private async Task CheckInvariantsAsync(StoreLocation location, List<Delivery> deliveries, FakePlatformServer api)
    {
        var store = new ServiceStore(location);
        var db = store.Open();
        await using (db)
        {
            // 1. Every acknowledged delivery is stored; 2. none twice, and one decision per post version.
            var keys = await db.Deliveries.Select(d => d.DedupeKey).ToListAsync();
            var distinct = deliveries.Select(d => (d.PostId, d.Version)).Distinct().ToList();
            Assert.Equal(distinct.Count, keys.Count);
            Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
            foreach (var (postId, version) in distinct)
            {
                Assert.Contains($"https://forum.example.org|post:{postId}|v{version}", keys);
            }

            // An edit may overtake its original (senders retry in any order): the older version is then superseded, not decided.
            var decisions = await db.Decisions.Select(d => d.AutomaticKey).ToListAsync();
            var superseded = await db.Deliveries.Where(d => d.State == DeliveryState.Ignored).Select(d => d.LastError).ToListAsync();
            Assert.All(superseded, reason => Assert.Contains("older than the judged version", reason, StringComparison.Ordinal));
            Assert.Equal(distinct.Count - superseded.Count, decisions.Count);
            Assert.Equal(decisions.Count, decisions.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(0, await db.Deliveries.CountAsync(d => d.State != DeliveryState.Processed && d.State != DeliveryState.Ignored));

            // 3. No action reached the platform twice; every Done row was a call (or found done), every call a row.
            var outbox = await db.Outbox.ToListAsync();
            var messages = api.CallsTo("POST", "/posts.json");
            var flags = api.CallsTo("POST", "/post_actions.json");
            for (int i = 0; i < Posts; i++)
            {
                long postId = 10_000 + i;
                int messageCalls = messages.Count(c => c.Body.Contains($"About your post {postId}.", StringComparison.Ordinal));
                int flagCalls = flags.Count(c => c.Body.Contains($"\"id\":{postId},", StringComparison.Ordinal));
                Assert.True(messageCalls <= 1, $"post {postId}: {messageCalls} messages");
                Assert.True(flagCalls <= 1, $"post {postId}: {flagCalls} flags");
            }

            int doneOrUncertainMessages = outbox.Count(o => o.Kind == "tell_author" && o.State is OutboxState.Done or OutboxState.Uncertain);
            Assert.Equal(outbox.Count(o => o.Kind == "tell_author"), doneOrUncertainMessages);
            Assert.True(messages.Count >= outbox.Count(o => o.Kind == "tell_author" && o.State == OutboxState.Done));
            Assert.Equal(outbox.Count(o => o.Kind == "flag" && o.State == OutboxState.Done), flags.Count);
            Assert.All(outbox.Where(o => o.Kind == "flag"), o => Assert.True(o.State is OutboxState.Done or OutboxState.Cancelled, $"flag {o.Id} is {o.State}"));

            // 4. One audit row per finished action.
            int finished = outbox.Count(o => o.State is OutboxState.Done or OutboxState.Uncertain);
            int audited = await db.Audit.CountAsync(a => a.Action == "action.done" || a.Action == "action.uncertain");
            Assert.Equal(finished, audited);
            output.WriteLine($"deliveries {keys.Count}, decisions {decisions.Count}, messages {messages.Count}, flags {flags.Count}, uncertain {outbox.Count(o => o.State == OutboxState.Uncertain)}");

            // 5. The database is intact (SQLite's own check; PostgreSQL has none to run from here).
            if (location.Provider != StoreProvider.Sqlite)
            {
                return;
            }

            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await command.ExecuteScalarAsync());
        }
    }
}
