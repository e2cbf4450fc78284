using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SaySomething.Platforms.Generic;
using SaySomething.Server.Actions;
using SaySomething.Server.Hosting;
using SaySomething.Server.Processing;
using SaySomething.Storage;
using SaySomething.Storage.Entities;
using SaySomething.Storage.Keys;

namespace SaySomething.Server.Tests.TestSupport;

/// <summary>
/// The real service on 127.0.0.1 (a free port) over a fresh store, with a fake clock and the workers off: a test
/// drives the inbox and the outbox itself (<see cref="ProcessInboxAsync"/>, <see cref="DispatchAsync"/>), so every
/// step is deterministic.
/// </summary>
public sealed class ServiceHarness : IAsyncDisposable
{
    /// <summary>The secret of the communities <see cref="AddCommunityAsync"/> creates.</summary>
    public const string Secret = "my_lovely_secret_for_web_hook";

    private readonly WebApplication _app;
    private readonly TestStore _testStore;

    private ServiceHarness(WebApplication app, TestStore testStore, FakeTimeProvider time, ServiceOptions options)
    {
        _app = app;
        _testStore = testStore;
        Time = time;
        Options = options;
        Store = new ServiceStore(testStore.Location);
    }

    /// <summary>Gets the fake clock.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>Gets the options the service runs with.</summary>
    public ServiceOptions Options { get; }

    /// <summary>Gets the store.</summary>
    public ServiceStore Store { get; }

    /// <summary>Gets a client for the service.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Gets the service's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the service on a fresh store of <paramref name="provider"/>.</summary>
    public static async Task<ServiceHarness> StartAsync(string provider = "sqlite", Action<ServiceOptions>? configure = null, ILoggerProvider? logs = null)
    {
        var store = TestStores.Create(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        var options = new ServiceOptions
        {
            Store = store.Location,
            Urls = "http://127.0.0.1:0",
            Time = time,
            RunWorkers = false,
            SeedDemo = false,
            KeyCacheDuration = TimeSpan.Zero,
            Notices = TextWriter.Null,
        };
        configure?.Invoke(options);
        await ServiceApp.PrepareAsync(options);
        var app = ServiceApp.Build(options, logging =>
        {
            logging.ClearProviders();
            if (logs is not null)
            {
                logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
            }
        });
        await app.StartAsync();
        var harness = new ServiceHarness(app, store, time, options);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        harness.Client = new HttpClient { BaseAddress = new Uri(address) };
        return harness;
    }

    /// <summary>Adds a community on <paramref name="platform"/> with <see cref="Secret"/>, acting through <paramref name="api"/> when given.</summary>
    public async Task<Community> AddCommunityAsync(string id, string platform, FakePlatformServer? api = null, string action = ModerationAction.Flag, int graceSeconds = 900, string? secret = Secret)
    {
        var community = new Community
        {
            Id = id,
            Name = id,
            Platform = platform,
            WebhookSecret = Store.Secrets.Protect(secret),
            ApiBaseUrl = api?.BaseUrl.ToString(),
            ApiKey = api is null ? null : Store.Secrets.Protect("fake-platform-key"),
            ApiUser = platform == "xenforo" ? "1" : "saysomething_bot",
            ModeratorRecipients = platform == "xenforo" ? "2,3" : null,
            DefaultAction = action,
            GraceSeconds = graceSeconds,
            CreatedAt = Time.GetUtcNow().UtcDateTime,
        };
        var db = Store.Open();
        await using (db)
        {
            db.Communities.Add(community);
            await db.SaveChangesAsync();
        }

        return community;
    }

    /// <summary>Creates an API key.</summary>
    public async Task<string> AddKeyAsync(string? community = null, bool checkOnly = false)
        => (await ApiKeys.AddAsync(Store, "test", community, checkOnly, "test", Time)).Key;

    /// <summary>Runs the inbox worker's step until nothing is due.</summary>
    public async Task ProcessInboxAsync()
    {
        var processor = Services.GetRequiredService<DeliveryProcessor>();
        while (await processor.ProcessDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>Runs the outbox dispatcher's step until nothing due is left.</summary>
    public async Task DispatchAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>Posts a Discourse delivery signed with <paramref name="secret"/>.</summary>
    public Task<HttpResponseMessage> PostDiscourseAsync(string community, string body, string eventName = "post_created", string? secret = Secret, int eventId = 4711)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/discourse/{community}") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Discourse-Instance", "https://forum.example.org");
        request.Headers.Add("X-Discourse-Event-Id", eventId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Discourse-Event-Type", "post");
        request.Headers.Add("X-Discourse-Event", eventName);
        if (secret is not null)
        {
            request.Headers.Add("X-Discourse-Event-Signature", Fixtures.DiscourseSignature(secret, body));
        }

        return Client.SendAsync(request);
    }

    /// <summary>Posts a XenForo delivery with <paramref name="secret"/> in <c>XF-Webhook-Secret</c>.</summary>
    public Task<HttpResponseMessage> PostXenForoAsync(string community, string body, string eventName = "insert", string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/xenforo/{community}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("XF-Content-Type", "post");
        request.Headers.Add("XF-Webhook-Event", eventName);
        request.Headers.Add("XF-Webhook-Id", "3");
        if (secret is not null)
        {
            request.Headers.Add("XF-Webhook-Secret", secret);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Posts a generic delivery signed now (by the fake clock) with <paramref name="secret"/>.</summary>
    public Task<HttpResponseMessage> PostGenericAsync(string community, string body, string secret = Secret, long? timestamp = null)
    {
        long stamp = timestamp ?? Time.GetUtcNow().ToUnixTimeSeconds();
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/generic/{community}") { Content = new ByteArrayContent(bytes) };
        request.Headers.Add("X-SaySomething-Timestamp", stamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-SaySomething-Signature", GenericAdapter.Sign(secret, stamp, bytes));
        return Client.SendAsync(request);
    }

    /// <summary>Counts the rows of one table.</summary>
    public async Task<int> CountAsync<T>(Func<ServiceDb, IQueryable<T>> table)
    {
        var db = Store.Open();
        await using (db)
        {
            return table(db).Count();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _testStore.Dispose();
    }
}
