using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SaySomething.Metadata.Fixtures;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port, answering by the request's Host header and path, so one
/// server plays youtube.com, publish.twitter.com and a news site at once. Counts every request it receives.
/// </summary>
public sealed class FixtureServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.OrdinalIgnoreCase);
    private readonly WebApplication _app;

    private FixtureServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Gets the server's address (<c>http://127.0.0.1:PORT/</c>).</summary>
    public Uri Address { get; }

    /// <summary>Gets the number of requests received in all.</summary>
    public int TotalHits => _hits.Values.Sum();

    /// <summary>Starts a server with no routes (every request is a 404 until <see cref="Map"/>).</summary>
    public static async Task<FixtureServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FixtureServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync().ConfigureAwait(false);
        string bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FixtureServer(app, new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
        return server;
    }

    /// <summary>Answers requests for <paramref name="host"/> and <paramref name="path"/> (query ignored) with <paramref name="handler"/>.</summary>
    public void Map(string host, string path, Func<HttpContext, Task> handler) => _routes[Key(host, path)] = handler;

    /// <summary>The number of requests received for <paramref name="host"/> and <paramref name="path"/>.</summary>
    public int Hits(string host, string path) => _hits.GetValueOrDefault(Key(host, path));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A handler writing <paramref name="body"/> with <paramref name="contentType"/>.</summary>
    public static Func<HttpContext, Task> Content(byte[] body, string contentType, int status = 200) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    };

    /// <summary>A handler writing <paramref name="text"/> as UTF-8 with <paramref name="contentType"/>.</summary>
    public static Func<HttpContext, Task> Text(string text, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Content(Encoding.UTF8.GetBytes(text), contentType, status);

    /// <summary>A handler answering <paramref name="status"/> with a short text body.</summary>
    public static Func<HttpContext, Task> Status(int status) => Text($"status {status}", "text/plain", status);

    /// <summary>A handler redirecting to <paramref name="location"/> with <paramref name="status"/>.</summary>
    public static Func<HttpContext, Task> Redirect(string location, int status = 302) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    /// <summary>A handler that waits <paramref name="delay"/> (or until the client leaves) before <paramref name="then"/>.</summary>
    public static Func<HttpContext, Task> Slow(TimeSpan delay, Func<HttpContext, Task> then) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await then(context).ConfigureAwait(false);
    };

    private static string Key(string host, string path) => host.ToLowerInvariant() + path;

    private Task HandleAsync(HttpContext context)
    {
        string key = Key(context.Request.Host.Host, context.Request.Path.Value ?? "/");
        _hits.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (_routes.TryGetValue(key, out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
