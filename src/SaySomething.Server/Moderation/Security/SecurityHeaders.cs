using Microsoft.AspNetCore.Http;

namespace SaySomething.Server.Moderation.Security;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (nothing from another origin, no inline script or
/// style, no framing) unless the endpoint set its own, no referrer to other sites, no MIME sniffing. Added when the
/// response starts, so error pages get them too.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy: only this origin's style sheet, script and images; forms post only here.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static Task AddAsync(HttpContext http, Func<Task> next)
    {
        var response = http.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                // A page with a policy of its own (the guard's demo page) keeps it; every other response gets this one.
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Same-origin: another site never learns which page a moderator came from, while this site's own form posts
            // keep their Origin header (under no-referrer browsers send "Origin: null").
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            return Task.CompletedTask;
        });
        return next();
    }
}
