using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaySomething.Server.Hosting;
using SaySomething.Storage;
using SaySomething.Storage.Communities;
using SaySomething.Storage.Entities;
using SaySomething.Storage.Keys;

namespace SaySomething.Guard.Tests.TestSupport;

/// <summary>
/// The real service on 127.0.0.1 (a free port) over a fresh SQLite folder, workers off, keys and origins looked up on
/// every request (no cache delay), so that a test sees its own changes at once.
/// </summary>
public sealed class GuardService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GuardService(WebApplication app, string folder, ServiceOptions options, Uri baseUrl)
    {
        _app = app;
        Folder = folder;
        Options = options;
        BaseUrl = baseUrl;
        Store = new ServiceStore(options.Store);
        Client = new HttpClient { BaseAddress = baseUrl };
    }

    /// <summary>Gets the data folder.</summary>
    public string Folder { get; }

    /// <summary>Gets the options the service runs with.</summary>
    public ServiceOptions Options { get; }

    /// <summary>Gets the service's address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Gets the service's origin, as a browser names it.</summary>
    public string Origin => BaseUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>Gets the store.</summary>
    public ServiceStore Store { get; }

    /// <summary>Gets a client for the service.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts the service; <paramref name="seedDemo"/> creates the demo community and its guard key.</summary>
    public static async Task<GuardService> StartAsync(bool seedDemo = false, Action<ServiceOptions>? configure = null)
    {
        string folder = Path.Combine(Path.GetTempPath(), "saysomething-guard-tests", Guid.NewGuid().ToString("n"));
        var options = new ServiceOptions
        {
            Store = StoreLocation.InDataFolder(folder),
            Urls = "http://127.0.0.1:0",
            RunWorkers = false,
            SeedDemo = seedDemo,
            KeyCacheDuration = TimeSpan.Zero,
            Notices = TextWriter.Null,
        };
        configure?.Invoke(options);
        await ServiceApp.PrepareAsync(options);
        var app = ServiceApp.Build(options, logging => logging.ClearProviders());
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GuardService(app, folder, options, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Adds a community with <paramref name="origins"/> as its guard origins.</summary>
    public async Task AddCommunityAsync(string id, string? origins = null)
    {
        var community = new Community { Id = id, Name = id, Platform = "discourse", WebhookSecret = "a-secret-of-enough-length", GuardOrigins = origins };
        Assert.Null(await CommunitySettings.SaveAsync(Store, community, "test", TimeProvider.System));
    }

    /// <summary>Creates an API key.</summary>
    public async Task<string> AddKeyAsync(string? community, bool checkOnly)
        => (await ApiKeys.AddAsync(Store, "test", community, checkOnly, "test", TimeProvider.System)).Key;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open is left for the temporary folder's own cleanup.
        }
    }
}
