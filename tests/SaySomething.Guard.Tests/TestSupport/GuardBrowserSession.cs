using Microsoft.Playwright;

namespace SaySomething.Guard.Tests.TestSupport;

/// <summary>
/// One browser test's world: the service, a forum of another origin listed as the community's guard origin, the
/// community's check-only key, and a fresh browser context.
/// </summary>
public sealed class GuardBrowserSession : IAsyncDisposable
{
    /// <summary>The community the forum belongs to.</summary>
    public const string Community = "forum";

    private GuardBrowserSession(GuardService service, ForumSite forum, string key, IBrowserContext context)
    {
        Service = service;
        Forum = forum;
        Key = key;
        Context = context;
    }

    /// <summary>Gets the service.</summary>
    public GuardService Service { get; }

    /// <summary>Gets the forum.</summary>
    public ForumSite Forum { get; }

    /// <summary>Gets the community's check-only key.</summary>
    public string Key { get; }

    /// <summary>Gets the browser context.</summary>
    public IBrowserContext Context { get; }

    /// <summary>Starts it all; <paramref name="contextOptions"/> set up the browser context (e.g. reduced motion).</summary>
    public static async Task<GuardBrowserSession> StartAsync(Chromium chromium, BrowserNewContextOptions? contextOptions = null, bool seedDemo = false)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        var service = await GuardService.StartAsync(seedDemo);
        var forum = await ForumSite.StartAsync();
        await service.AddCommunityAsync(Community, forum.Origin);
        string key = await service.AddKeyAsync(Community, checkOnly: true);
        // One check first, so that the judge's first-use warm-up never counts against the guard's timeout.
        using (var warmUp = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = new StringContent("""{"text":"warm up https://youtu.be/aBcD3fGh1jK"}""", System.Text.Encoding.UTF8, "application/json") })
        {
            warmUp.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
            (await service.Client.SendAsync(warmUp)).EnsureSuccessStatusCode();
        }

        var context = await chromium.Browser.NewContextAsync(contextOptions ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(10_000);
        return new GuardBrowserSession(service, forum, key, context);
    }

    /// <summary>Opens a forum page whose body is <paramref name="body"/>, loading the guard with <paramref name="attributes"/>.</summary>
    public async Task<IPage> OpenAsync(string name, string body, string attributes = "")
    {
        string html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Forum: {{name}}</title></head>
            <body>
            {{body}}
            <script src="{{Service.Origin}}/guard.js" data-key="{{Key}}" data-delay="150" {{attributes}}></script>
            </body></html>
            """;
        var page = await Context.NewPageAsync();
        await page.GotoAsync(Forum.Serve(name, html));
        await page.WaitForFunctionAsync("() => window.SaySomethingGuard && document.querySelector('.ss-guard')");
        return page;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await Forum.DisposeAsync();
        await Service.DisposeAsync();
    }
}
