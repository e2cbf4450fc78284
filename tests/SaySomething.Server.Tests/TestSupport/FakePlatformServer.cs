using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SaySomething.Server.Tests.TestSupport;

/// <summary>One call the fake platform received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path and query.</param>
/// <param name="Headers">The request headers.</param>
/// <param name="Body">The body as text.</param>
public sealed record RecordedCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A fake Discourse and XenForo API on 127.0.0.1 (Kestrel, a free port) that records every call and answers as
/// platforms.md documents: Discourse <c>POST /posts.json</c>, <c>POST /post_actions.json</c>, <c>DELETE /posts/ID.json</c>,
/// <c>PUT /posts/ID/recover.json</c>, <c>GET /posts/ID.json</c> (with <c>deleted_at</c> and <c>actions_summary</c>);
/// XenForo <c>POST /api/conversations/</c>, <c>DELETE /api/posts/ID/</c>, <c>GET /api/posts/ID/</c>. Answers can be
/// forced (e.g. a 429 with Retry-After) for the next calls.
/// </summary>
public sealed class FakePlatformServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _forced = new();
    private readonly ConcurrentDictionary<string, bool> _deleted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _flagged = new(StringComparer.Ordinal);
    private int _nextId = 5000;

    private FakePlatformServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Gets the base URL (ends with '/').</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Gets the calls received so far, in order.</summary>
    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    /// <summary>Gets or sets a delay before each answer (to widen the window a crash test can hit).</summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakePlatformServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakePlatformServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Makes the next call answer <paramref name="status"/> (with a Retry-After when given) instead of the documented answer.</summary>
    public void Force(int status, string? retryAfter = null) => _forced.Enqueue((status, retryAfter));

    /// <summary>The calls whose method and path match.</summary>
    public IReadOnlyList<RecordedCall> CallsTo(string method, string pathPrefix) =>
        [.. _calls.Where(c => c.Method == method && c.Path.StartsWith(pathPrefix, StringComparison.Ordinal))];

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync();
        string path = http.Request.Path.Value + http.Request.QueryString.Value;
        _calls.Enqueue(new RecordedCall(http.Request.Method, path,
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
        if (AnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(AnswerDelay);
        }

        if (_forced.TryDequeue(out var forced))
        {
            http.Response.StatusCode = forced.Status;
            if (forced.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = forced.RetryAfter;
            }

            await http.Response.WriteAsync("""{"errors":["forced"],"error_type":"rate_limit"}""");
            return;
        }

        string method = http.Request.Method;
        string p = http.Request.Path.Value ?? "";
        var (status, answer) = p.StartsWith("/api/", StringComparison.Ordinal) ? XenForo(method, p["/api".Length..]) : Discourse(method, p);
        if (answer is null)
        {
            http.Response.StatusCode = status;
            await http.Response.WriteAsync("""{"errors":["not found"]}""");
            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(JsonSerializer.Serialize(answer));
    }

    private (int Status, object? Body) Discourse(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        switch (method)
        {
            case "POST" when path == "/posts.json":
                return (200, new { id = Interlocked.Increment(ref _nextId), post_number = 1 });
            case "POST" when path == "/post_actions.json":
                return (200, new { id = Interlocked.Increment(ref _nextId) });
            case "DELETE" when segments is ["posts", var file] && file.EndsWith(".json", StringComparison.Ordinal):
                _deleted[file[..^5]] = true;
                return (200, new { success = "OK" });
            case "PUT" when segments is ["posts", var id, "recover.json"]:
                _deleted[id] = false;
                return (200, new { success = "OK" });
            case "GET" when segments is ["posts", var file] && file.EndsWith(".json", StringComparison.Ordinal):
                string postId = file[..^5];
                bool flagged = _calls.Any(c => c.Method == "POST" && c.Path == "/post_actions.json" && c.Body.Contains($"\"id\":{postId},", StringComparison.Ordinal));
                return (200, new
                {
                    id = long.Parse(postId, CultureInfo.InvariantCulture),
                    deleted_at = _deleted.GetValueOrDefault(postId) ? "2025-03-14T10:00:00.000Z" : null,
                    actions_summary = flagged ? new object[] { new { id = 7, count = 1, acted = true } } : [],
                });
            default:
                return (404, null);
        }
    }

    private (int Status, object? Body) XenForo(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        switch (method)
        {
            case "POST" when path == "/conversations/":
                return (200, new { success = true, conversation = new { conversation_id = Interlocked.Increment(ref _nextId) } });
            case "DELETE" when segments is ["posts", var id]:
                _deleted[id] = true;
                return (200, new { success = true });
            case "GET" when segments is ["posts", var id]:
                return (200, new { post = new { post_id = long.Parse(id, CultureInfo.InvariantCulture), message_state = _deleted.GetValueOrDefault(id) ? "deleted" : "visible" } });
            default:
                return (404, null);
        }
    }
}
