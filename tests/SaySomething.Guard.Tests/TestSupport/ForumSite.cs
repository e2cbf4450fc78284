using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SaySomething.Guard.Tests.TestSupport;

/// <summary>
/// A forum of another origin (127.0.0.1 on its own port) serving the pages a test gives it, a <c>/posted</c> page
/// that forms submit to, and a deliberately slow check service under <c>/slow</c> (answers preflights, then never
/// answers the check in time).
/// </summary>
public sealed class ForumSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);

    private ForumSite(WebApplication app) => _app = app;

    /// <summary>Gets the forum's origin, e.g. <c>http://127.0.0.1:40321</c>.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>Starts the forum.</summary>
    public static async Task<ForumSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new ForumSite(app);
        app.MapGet("/page/{name}", (string name) => site._pages.TryGetValue(name, out var html)
            ? Results.Content(html, "text/html; charset=utf-8")
            : Results.NotFound());
        app.MapMethods("/posted", [HttpMethods.Get, HttpMethods.Post], () => Results.Content("<!doctype html><title>Posted</title><h1>Posted</h1>", "text/html"));
        app.MapMethods("/slow/v1/check", [HttpMethods.Options], (HttpContext http) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = http.Request.Headers.Origin.ToString();
            http.Response.Headers.AccessControlAllowMethods = "POST";
            http.Response.Headers.AccessControlAllowHeaders = "authorization, content-type";
            return Results.NoContent();
        });
        app.MapPost("/slow/v1/check", async (HttpContext http) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = http.Request.Headers.Origin.ToString();
            await Task.Delay(TimeSpan.FromSeconds(20), http.RequestAborted);
            return Results.Text("{}", "application/json");
        });
        await app.StartAsync();
        site.Origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return site;
    }

    /// <summary>Serves <paramref name="html"/> at <c>/page/NAME</c> and returns its URL.</summary>
    public string Serve(string name, string html)
    {
        _pages[name] = html;
        return $"{Origin}/page/{name}";
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        }
        catch (OperationCanceledException)
        {
            // A slow check still waiting is cut off.
        }

        await _app.DisposeAsync();
    }
}
