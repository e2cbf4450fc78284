using System.Buffers;
using Microsoft.EntityFrameworkCore;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Storage.Communities;

/// <summary>
/// Checks and saves community settings, with an audit row in the same transaction; the command line uses it now and
/// the moderation UI's settings page can use it too. Every problem is reported with what to fix.
/// </summary>
public static class CommunitySettings
{
    /// <summary>The platforms a community can be on.</summary>
    public static readonly IReadOnlyList<string> Platforms = ["discourse", "xenforo", "generic"];

    /// <summary>The presets.</summary>
    public static readonly IReadOnlyList<string> Presets = ["lenient", "standard", "strict"];

    /// <summary>The governed-links settings.</summary>
    public static readonly IReadOnlyList<string> GovernedValues = ["social_and_video", "social_video_and_articles", "any_external"];

    /// <summary>The shortest webhook secret (Discourse refuses shorter ones too).</summary>
    public const int MinSecretLength = 12;

    /// <summary>The longest grace period: one week.</summary>
    public const int MaxGraceSeconds = 7 * 24 * 3600;

    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_-");

    /// <summary>What is wrong with <paramref name="community"/>'s settings, or null when they can be saved.</summary>
    public static string? Problem(Community community)
    {
        ArgumentNullException.ThrowIfNull(community);
        if (community.Id.Length is < 1 or > 64 || community.Id.AsSpan().ContainsAnyExcept(IdCharacters))
        {
            return $"The community id '{community.Id}' must be 1 to 64 characters of a-z, 0-9, '_' and '-'.";
        }

        if (!Platforms.Contains(community.Platform))
        {
            return $"The platform '{community.Platform}' is not one of {string.Join(", ", Platforms)}.";
        }

        if (community.WebhookSecret is { } secret && secret.Length < MinSecretLength)
        {
            return $"The webhook secret has {secret.Length} characters; use at least {MinSecretLength}.";
        }

        if (community.ApiBaseUrl is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(uri.UserInfo)))
        {
            return $"The API URL '{url}' must be an absolute http or https URL without user information.";
        }

        if (!Presets.Contains(community.PolicyPreset))
        {
            return $"The preset '{community.PolicyPreset}' is not one of {string.Join(", ", Presets)}.";
        }

        if (!GovernedValues.Contains(community.GovernedProviders))
        {
            return $"The governed links '{community.GovernedProviders}' are not one of {string.Join(", ", GovernedValues)}.";
        }

        if (!ModerationAction.All.Contains(community.DefaultAction))
        {
            return $"The action '{community.DefaultAction}' is not one of {string.Join(", ", ModerationAction.All)}.";
        }

        if (community.GraceSeconds is < 0 or > MaxGraceSeconds)
        {
            return $"The grace period must be 0 to {MaxGraceSeconds / 3600} hours.";
        }

        if (GuardOriginList.Parse(community.GuardOrigins).Problem is { } originProblem)
        {
            return originProblem;
        }

        return null;
    }

    /// <summary>Adds <paramref name="community"/>, or replaces the settings of the community with its id; returns a problem, or null when saved.</summary>
    public static async Task<string?> SaveAsync(ServiceStore store, Community community, string actor, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        if (Problem(community) is { } problem)
        {
            return problem;
        }

        // Platform secrets are stored encrypted; the caller's object keeps the plain values.
        var stored = Copy(community);
        stored.WebhookSecret = store.Secrets.Protect(community.WebhookSecret);
        stored.ApiKey = store.Secrets.Protect(community.ApiKey);
        // Stored as browsers send origins, so that a request's Origin is allowed by an exact match.
        stored.GuardOrigins = GuardOriginList.Parse(community.GuardOrigins).Stored;
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var now = time.GetUtcNow().UtcDateTime;
            var existing = await db.Communities.SingleOrDefaultAsync(c => c.Id == community.Id, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                stored.CreatedAt = now;
                db.Communities.Add(stored);
            }
            else
            {
                stored.CreatedAt = existing.CreatedAt;
                db.Entry(existing).CurrentValues.SetValues(stored);
            }

            // The audit row says what changed, never the secret or the API key.
            AuditLog.Add(db, now, actor, community.Id, existing is null ? "community.created" : "community.updated", "community", community.Id,
                $"platform {community.Platform}; action {community.DefaultAction}; grace {community.GraceSeconds} s; preset {community.PolicyPreset}; governed {community.GovernedProviders}; guard origins {stored.GuardOrigins ?? "none"}");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// Replaces only the guard origins of community <paramref name="id"/> (see <see cref="GuardOriginList.Parse"/>),
    /// with an audit row that gives the list before and after; returns a problem, or null when saved.
    /// </summary>
    public static async Task<string?> SetGuardOriginsAsync(ServiceStore store, string id, string? origins, string actor, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var (stored, problem) = GuardOriginList.Parse(origins);
        if (problem is not null)
        {
            return problem;
        }

        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var community = await db.Communities.SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
            if (community is null)
            {
                return $"There is no community '{id}'; add it with 'saysomething communities set' first.";
            }

            string before = community.GuardOrigins ?? "none";
            community.GuardOrigins = stored;
            AuditLog.Add(db, time.GetUtcNow().UtcDateTime, actor, id, "community.guard_origins_changed", "community", id,
                $"guard origins {before} -> {stored ?? "none"}");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private static Community Copy(Community c) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Platform = c.Platform,
        WebhookSecret = c.WebhookSecret,
        ApiBaseUrl = c.ApiBaseUrl,
        ApiKey = c.ApiKey,
        ApiUser = c.ApiUser,
        ModeratorRecipients = c.ModeratorRecipients,
        PolicyPreset = c.PolicyPreset,
        GovernedProviders = c.GovernedProviders,
        Locale = c.Locale,
        GraceSeconds = c.GraceSeconds,
        DefaultAction = c.DefaultAction,
        GuardOrigins = c.GuardOrigins,
        CreatedAt = c.CreatedAt,
    };
}
