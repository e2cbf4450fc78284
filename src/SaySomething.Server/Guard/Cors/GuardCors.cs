using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using SaySomething.Server.Auth;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.Guard.Cors;

/// <summary>
/// Cross-origin use of <c>POST /v1/check</c>, for the composer guard on forum pages. Only a check-only key limited to
/// a community is accepted from another origin, and only from an origin the community lists (an exact match); any
/// other key, or an origin not listed, is refused with 403 before judging, so another site's page can never use it.
/// No credentials are ever allowed. Same-origin pages (the demo) and callers without an Origin header (servers) are
/// unaffected.
/// </summary>
internal static class GuardCors
{
    /// <summary>The path of the check endpoint.</summary>
    public const string CheckPath = "/v1/check";

    /// <summary>How long a browser may reuse a preflight answer, in seconds.</summary>
    public const int MaxAgeSeconds = 600;

    /// <summary>The request headers a guard sends (lowercase).</summary>
    public static readonly IReadOnlyList<string> AllowedHeaders = ["authorization", "content-type"];

    private const string HowToAllow = "List the forum's origin with 'saysomething communities guard-origins COMMUNITY https://forum.example.org'.";

    /// <summary>
    /// Middleware, before authentication: answers the CORS preflight of <c>/v1/check</c> (it carries no key, so the
    /// origin must be listed by some community; the real request is then checked against its key's community).
    /// </summary>
    public static async Task PreflightAsync(HttpContext http, Func<Task> next)
    {
        var request = http.Request;
        if (!HttpMethods.IsOptions(request.Method) || !request.Path.Equals(CheckPath, StringComparison.OrdinalIgnoreCase))
        {
            await next().ConfigureAwait(false);
            return;
        }

        string? origin = request.Headers.Origin;
        string? method = request.Headers.AccessControlRequestMethod;
        if (string.IsNullOrEmpty(origin) || string.IsNullOrEmpty(method))
        {
            await Problems.BadRequest("OPTIONS /v1/check answers CORS preflights only: send Origin and Access-Control-Request-Method.")
                .ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var limiter = http.RequestServices.GetRequiredService<GuardPreflightLimiter>();
        using var lease = limiter.Acquire(http);
        if (!lease.IsAcquired)
        {
            http.Response.Headers.RetryAfter = ((int)limiter.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await Results.Problem("Too many preflights from this address; retry later.", statusCode: StatusCodes.Status429TooManyRequests, title: "Rate limited")
                .ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        string? refusal = null;
        if (!string.Equals(method, "POST", StringComparison.Ordinal))
        {
            refusal = $"Only POST is allowed on /v1/check from another origin; the preflight asked for {Shorten(method)}.";
        }
        else if (UnlistedHeader(request.Headers.AccessControlRequestHeaders) is { } header)
        {
            refusal = $"The header '{Shorten(header)}' is not allowed; a guard sends only {string.Join(" and ", AllowedHeaders)}.";
        }
        else if (!await http.RequestServices.GetRequiredService<GuardOriginCache>().AnyAllowsAsync(origin, http.RequestAborted).ConfigureAwait(false))
        {
            refusal = $"The origin {Shorten(origin)} is not a guard origin of any community. {HowToAllow}";
        }

        if (refusal is not null)
        {
            // No CORS headers: the browser refuses the call.
            await Refused(refusal).ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.AccessControlAllowMethods = "POST";
        headers.AccessControlAllowHeaders = string.Join(", ", AllowedHeaders);
        headers.AccessControlMaxAge = MaxAgeSeconds.ToString(CultureInfo.InvariantCulture);
        headers.Append(HeaderNames.Vary, "Origin");
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Endpoint filter of <c>POST /v1/check</c>, after authentication: decides whether a cross-origin call may go on.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        string? origin = http.Request.Headers.Origin;
        if (string.IsNullOrEmpty(origin) || IsSameOrigin(http.Request, origin))
        {
            return await next(context).ConfigureAwait(false);
        }

        var caller = ApiKeyCaller.From(http.User);
        if (!caller.CheckOnly)
        {
            return Refused("This key can do more than check, so it is never accepted from a web page. "
                + "Give the guard a check-only key limited to the community: 'saysomething keys add NAME --check-only --community COMMUNITY'.");
        }

        if (caller.CommunityId is null)
        {
            return Refused("A check-only key used from a web page must be limited to a community, whose guard origins say where it may run: "
                + "'saysomething keys add NAME --check-only --community COMMUNITY'.");
        }

        var origins = http.RequestServices.GetRequiredService<GuardOriginCache>();
        if (!await origins.AllowsAsync(caller.CommunityId, origin, http.RequestAborted).ConfigureAwait(false))
        {
            return Refused($"The origin {Shorten(origin)} is not a guard origin of community '{caller.CommunityId}'. {HowToAllow}");
        }

        http.Response.Headers.AccessControlAllowOrigin = origin;
        http.Response.Headers.Append(HeaderNames.Vary, "Origin");
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the page calling is this service's own (the demo): its origin names the host the request was sent to.
    /// The scheme is not compared, so that a TLS-terminating proxy in front does not make the demo cross-origin.
    /// </summary>
    private static bool IsSameOrigin(HttpRequest request, string origin)
        => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && request.Host.HasValue
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private static string? UnlistedHeader(Microsoft.Extensions.Primitives.StringValues requested)
    {
        foreach (string? value in requested)
        {
            foreach (string header in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!AllowedHeaders.Contains(header.ToLowerInvariant()))
                {
                    return header;
                }
            }
        }

        return null;
    }

    private static IResult Refused(string detail)
        => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed from this origin");

    private static string Shorten(string text) => text.Length > 100 ? text[..100] + "…" : text;
}

/// <summary>Preflights per client address per window (they are cheap, but anonymous and they read the store).</summary>
internal sealed class GuardPreflightLimiter(ServiceOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.GuardPermitsPerAddress,
            Window = options.RateWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Gets the window, for Retry-After.</summary>
    public TimeSpan Window => options.RateWindow;

    /// <summary>Takes one permit for the caller's address.</summary>
    public RateLimitLease Acquire(HttpContext http) => _limiter.AttemptAcquire(http);

    /// <inheritdoc/>
    public void Dispose() => _limiter.Dispose();
}
