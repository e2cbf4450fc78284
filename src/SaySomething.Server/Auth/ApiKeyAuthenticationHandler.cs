using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SaySomething.Server.Hosting;
using SaySomething.Storage;
using SaySomething.Storage.Keys;

namespace SaySomething.Server.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer KEY</c> by the key's SHA-256 hash. A found key is trusted for
/// <see cref="ServiceOptions.KeyCacheDuration"/>, so a revocation from another process takes effect within that time.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ServiceStore store,
    ServiceOptions service,
    ApiKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must be 'Bearer KEY'.");
        }

        string key = header["Bearer ".Length..].Trim();
        string hash = ApiKeys.HashOf(key.Length > ApiKeys.MaxKeyLength ? "" : key);
        var now = service.Time.GetUtcNow();
        if (!cache.TryGet(hash, now, out var principal))
        {
            var record = await ApiKeys.FindValidAsync(store, key, Context.RequestAborted).ConfigureAwait(false);
            if (record is null)
            {
                return AuthenticateResult.Fail("The key is unknown or revoked.");
            }

            var claims = new List<Claim>
            {
                new(ApiKeyCaller.KeyIdClaim, record.Id.ToString(CultureInfo.InvariantCulture)),
                new(ApiKeyCaller.ScopeClaim, record.CheckOnly ? ApiKeyCaller.CheckScope : ApiKeyCaller.FullScope),
            };
            if (record.CommunityId is not null)
            {
                claims.Add(new(ApiKeyCaller.CommunityClaim, record.CommunityId));
            }

            principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
            cache.Put(hash, principal, now + service.KeyCacheDuration);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}

/// <summary>Keys found recently, by hash, so that a busy check endpoint does not query the database per request.</summary>
internal sealed class ApiKeyCache
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (ClaimsPrincipal Principal, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string hash, DateTimeOffset now, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClaimsPrincipal? principal)
    {
        if (_entries.TryGetValue(hash, out var entry) && entry.Until > now)
        {
            principal = entry.Principal;
            return true;
        }

        principal = null;
        return false;
    }

    public void Put(string hash, ClaimsPrincipal principal, DateTimeOffset until)
    {
        if (until <= DateTimeOffset.MinValue.AddDays(1))
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[hash] = (principal, until);
    }

    /// <summary>Forgets every key (after a revocation in this process).</summary>
    public void Clear() => _entries.Clear();
}
