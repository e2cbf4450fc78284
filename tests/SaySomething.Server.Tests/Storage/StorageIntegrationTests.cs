using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SaySomething.Server.Tests.TestSupport;
using SaySomething.Storage;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Communities;
using SaySomething.Storage.Durability;
using SaySomething.Storage.Entities;
using SaySomething.Storage.Keys;
using SaySomething.Storage.Secrets;

namespace SaySomething.Server.Tests.Storage;

/// <summary>The same storage tests on SQLite and on PostgreSQL (security.md §5, §6).</summary>
public sealed class StorageIntegrationTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));

    private static async Task<ServiceStore> PreparedAsync(TestStore test)
    {
        var store = new ServiceStore(test.Location);
        await store.PrepareAsync();
        return store;
    }

    [Theory]
    [StoreProvider("sqlite")]
    [StoreProvider("postgres")]
    public async Task Prepare_migrates_and_the_durability_settings_read_back(string provider)
    {
        using var test = TestStores.Create(provider);
        var store = await PreparedAsync(test);
        // Twice is fine: a restart migrates nothing and checks again.
        await store.PrepareAsync();
        var db = store.Open();
        await using (db)
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await DurabilityCheck.VerifyAsync(db, test.Location.Provider);
        }
    }

    [Fact]
    public async Task Sqlite_without_WAL_is_refused_at_start_with_what_to_fix()
    {
        using var test = TestStores.Create("sqlite");
        var store = await PreparedAsync(test);
        var db = store.Open();
        await using (db)
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
            var error = await Assert.ThrowsAsync<StoreConfigurationException>(() => DurabilityCheck.VerifyAsync(db, StoreProvider.Sqlite));
            Assert.Contains("journal_mode", error.Message, StringComparison.Ordinal);
            Assert.Contains("wal", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [StoreProvider("sqlite")]
    [StoreProvider("postgres")]
    public async Task Audit_log_is_append_only(string provider)
    {
        using var test = TestStores.Create(provider);
        var store = await PreparedAsync(test);
        var db = store.Open();
        await using (db)
        {
            AuditLog.Add(db, Time.GetUtcNow().UtcDateTime, "test", null, "test.done", "thing", "1", "because");
            await db.SaveChangesAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET \"Reason\" = 'rewritten'"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));
        }

        var check = store.Open();
        await using (check)
        {
            Assert.Equal("because", (await check.Audit.SingleAsync()).Reason);
        }
    }

    [Theory]
    [StoreProvider("sqlite")]
    [StoreProvider("postgres")]
    public async Task A_delivery_key_and_an_automatic_decision_key_are_stored_once(string provider)
    {
        using var test = TestStores.Create(provider);
        var store = await PreparedAsync(test);
        var now = Time.GetUtcNow().UtcDateTime;
        var db = store.Open();
        await using (db)
        {
            db.Communities.Add(new Community { Id = "forum", Name = "forum", Platform = "discourse", CreatedAt = now });
            db.Deliveries.Add(Delivery("forum", "post:1|v1", now));
            await db.SaveChangesAsync();
        }

        var again = store.Open();
        await using (again)
        {
            again.Deliveries.Add(Delivery("forum", "post:1|v1", now));
            await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
        }
    }

    [Theory]
    [StoreProvider("sqlite")]
    [StoreProvider("postgres")]
    public async Task Keys_are_found_by_hash_revocable_and_never_stored_in_plain(string provider)
    {
        using var test = TestStores.Create(provider);
        var store = await PreparedAsync(test);
        var (key, record) = await ApiKeys.AddAsync(store, "widget", null, checkOnly: true, "test", Time);
        Assert.StartsWith(ApiKeys.KeyPrefix, key, StringComparison.Ordinal);
        // 32 random bytes in base64url: 43 characters after the prefix.
        Assert.Equal(ApiKeys.KeyPrefix.Length + 43, key.Length);
        Assert.Equal(record.Id, (await ApiKeys.FindValidAsync(store, key))?.Id);
        Assert.Null(await ApiKeys.FindValidAsync(store, key + "x"));

        Assert.DoesNotContain(key, await DumpAsync(store, test), StringComparison.Ordinal);
        Assert.DoesNotContain(key[ApiKeys.ShownPrefixLength..], await DumpAsync(store, test), StringComparison.Ordinal);

        Assert.True(await ApiKeys.RevokeAsync(store, record.Id, "test", Time));
        Assert.False(await ApiKeys.RevokeAsync(store, record.Id, "test", Time));
        Assert.Null(await ApiKeys.FindValidAsync(store, key));
        var db = store.Open();
        await using (db)
        {
            Assert.Equal(["key.created", "key.revoked"], await db.Audit.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        }
    }

    [Theory]
    [StoreProvider("sqlite")]
    [StoreProvider("postgres")]
    public async Task A_delivery_is_stored_judged_decided_and_acted_on_once(string provider)
    {
        await using var api = await FakePlatformServer.StartAsync();
        await using var service = await ServiceHarness.StartAsync(provider);
        await service.AddCommunityAsync("forum", "discourse", api, ModerationAction.Flag, graceSeconds: 60);
        string body = Fixtures.DiscoursePost(1187, 1, Fixtures.DriveByMarkdown);
        Assert.Equal(HttpStatusCode.Accepted, (await service.PostDiscourseAsync("forum", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.PostDiscourseAsync("forum", body, eventId: 9999)).StatusCode);
        await service.ProcessInboxAsync();
        await service.DispatchAsync();
        service.Time.Advance(TimeSpan.FromSeconds(61));
        await service.DispatchAsync();
        await service.DispatchAsync();
        Assert.Single(api.CallsTo("POST", "/posts.json"));
        Assert.Single(api.CallsTo("POST", "/post_actions.json"));
        var db = service.Store.Open();
        await using (db)
        {
            Assert.Equal(1, await db.Deliveries.CountAsync());
            Assert.Equal("drive_by", (await db.Posts.SingleAsync()).Verdict);
            Assert.Equal(DecisionState.Acted, (await db.Decisions.SingleAsync()).State);
            Assert.Equal(2, await db.Outbox.CountAsync(o => o.State == OutboxState.Done));
            Assert.Equal(2, await db.Audit.CountAsync(a => a.Action == "action.done"));
        }
    }

    [Theory]
    [StoreProvider("sqlite")]
    [StoreProvider("postgres")]
    public async Task Platform_secrets_are_stored_encrypted_and_read_back_only_with_the_key(string provider)
    {
        using var test = TestStores.Create(provider);
        var store = await PreparedAsync(test);
        const string secret = "webhook-secret-4f9c1e", apiKey = "discourse-api-key-77aa01";
        var problem = await CommunitySettings.SaveAsync(store, new Community
        {
            Id = "forum", Name = "Forum", Platform = "discourse", WebhookSecret = secret, ApiBaseUrl = "https://forum.example.org", ApiKey = apiKey,
        }, "test", Time);
        Assert.Null(problem);
        string dump = await DumpAsync(store, test);
        Assert.DoesNotContain(secret, dump, StringComparison.Ordinal);
        Assert.DoesNotContain(apiKey, dump, StringComparison.Ordinal);

        var db = store.Open();
        await using (db)
        {
            var row = await db.Communities.SingleAsync();
            Assert.Equal(secret, store.Secrets.Unprotect(row.WebhookSecret));
            Assert.Equal(apiKey, store.Secrets.Unprotect(row.ApiKey));
            // Another key (a lost or replaced key file) reads nothing: the service then refuses deliveries.
            string otherFolder = Path.Combine(Path.GetTempPath(), "saysomething-tests", Guid.NewGuid().ToString("n"));
            Assert.Null(SecretProtector.InFolder(otherFolder).Unprotect(row.WebhookSecret));
            Directory.Delete(otherFolder, recursive: true);
        }
    }

    private static WebhookDelivery Delivery(string community, string key, DateTime now) => new()
    {
        Platform = "discourse",
        CommunityId = community,
        DedupeKey = key,
        EventName = "post_created",
        HeadersJson = "{}",
        Body = Encoding.UTF8.GetBytes("{}"),
        ReceivedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>Everything the database holds, as text: the files for SQLite, every table's rows for PostgreSQL.</summary>
    private static async Task<string> DumpAsync(ServiceStore store, TestStore test)
    {
        if (test.Folder is not null)
        {
            // SQLite may fold its -wal file into the database and delete it between the listing and the read: then the
            // database has changed too, so the whole folder is read again.
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    var text = new StringBuilder();
                    foreach (var file in Directory.EnumerateFiles(test.Folder))
                    {
                        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                        using var reader = new StreamReader(stream, Encoding.Latin1);
                        text.Append(await reader.ReadToEndAsync());
                    }

                    return text.ToString();
                }
                catch (FileNotFoundException) when (attempt < 5)
                {
                    await Task.Delay(50);
                }
            }
        }

        var db = store.Open();
        await using (db)
        {
            var rows = new StringBuilder();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var table in new[] { "api_keys", "audit_log", "communities" })
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT t::text FROM {table} t";
                using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows.AppendLine(reader.GetString(0));
                }
            }

            return rows.ToString();
        }
    }
}
