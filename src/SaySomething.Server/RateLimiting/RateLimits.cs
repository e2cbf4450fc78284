using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SaySomething.Server.Auth;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.RateLimiting;

/// <summary>
/// Rate limits, answered with 429 and <c>Retry-After</c> (not the framework's default 503): checks per key (per key and address for check-only keys), webhook
/// deliveries per community and source address, so that one caller's flood never limits another.
/// </summary>
internal static class RateLimits
{
    public const string CheckPolicy = "per-key";
    public const string WebhookPolicy = "per-community-source";

    public static void Add(IServiceCollection services, ServiceOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                int seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 1;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem($"Too many requests; retry after {seconds} s.", statusCode: StatusCodes.Status429TooManyRequests, title: "Rate limited")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
            limiter.AddPolicy(CheckPolicy, http => CheckPartition(http, options));
            limiter.AddPolicy(WebhookPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                $"{http.Request.Path.Value}|{http.Connection.RemoteIpAddress}",
                _ => Window(options.WebhookPermitsPerWindow, options.RateWindow)));
        });
    }

    private static RateLimitPartition<string> CheckPartition(HttpContext http, ServiceOptions options)
    {
        string key = "key:" + (http.User.FindFirst(ApiKeyCaller.KeyIdClaim)?.Value ?? "none");
        // A check-only key is public (forum pages carry it): limited per client address as well, so that one caller
        // cannot use up the checks of every poster on the forum.
        return http.User.FindFirst(ApiKeyCaller.ScopeClaim)?.Value == ApiKeyCaller.CheckScope
            ? RateLimitPartition.GetFixedWindowLimiter($"{key}|{http.Connection.RemoteIpAddress}", _ => Window(options.GuardPermitsPerAddress, options.RateWindow))
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(options.CheckPermitsPerWindow, options.RateWindow));
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
