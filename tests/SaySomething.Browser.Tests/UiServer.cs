using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using SaySomething.Server.Hosting;
using SaySomething.Storage;
using SaySomething.Storage.Accounts;
using SaySomething.Storage.Entities;

namespace SaySomething.Browser.Tests;

/// <summary>
/// The real service on 127.0.0.1 (a free port) with the demo community, a moderator account, and Debian's chromium
/// driven by Playwright. Chromium runs headless with the background-networking features off (the machine has no
/// internet and must not try to reach it).
/// </summary>
public sealed class UiServer : IAsyncDisposable
{
    public const string Moderator = "mo";
    public const string Password = "a long browser test password";

    private readonly WebApplication _app;
    private readonly string _folder;

    private UiServer(WebApplication app, string folder, Uri address, IPlaywright playwright, IBrowser browser, ServiceStore store)
    {
        _app = app;
        _folder = folder;
        Address = address;
        Playwright = playwright;
        Browser = browser;
        Store = store;
    }

    public Uri Address { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public ServiceStore Store { get; }

    public static async Task<UiServer> StartAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            throw new InvalidOperationException(BrowserFactAttribute.MissingMessage);
        }

        string folder = Path.Combine(Path.GetTempPath(), "saysomething-browser-tests", Guid.NewGuid().ToString("n"));
        var options = new ServiceOptions
        {
            Store = StoreLocation.InDataFolder(folder),
            Urls = "http://127.0.0.1:0",
            RunWorkers = false,
            Notices = TextWriter.Null,
        };
        await ServiceApp.PrepareAsync(options);
        var store = new ServiceStore(options.Store);
        var db = store.Open();
        await using (db)
        {
            db.Moderators.Add(new ModeratorAccount
            {
                UserName = Moderator,
                PasswordHash = PasswordHashing.Hash(Password),
                Role = ModeratorRoles.Moderator,
                CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var app = ServiceApp.Build(options, logging => logging.ClearProviders());
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new UiServer(app, folder, address, playwright, browser, store);
    }

    /// <summary>A new page in a fresh context (no cookies), signed in as the moderator.</summary>
    public async Task<IPage> SignedInPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/ui/queue");
        await page.GetByLabel("Account name").FillAsync(Moderator);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (!page.Url.EndsWith("/ui/queue", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in did not reach the queue but {page.Url}: {await page.Locator("main").InnerTextAsync()}");
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
