using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Hosting;
using SaySomething.Storage;
using SaySomething.Storage.Communities;

namespace SaySomething.Server.Guard.Cors;

/// <summary>
/// The communities' guard origins, read from the store and kept for <see cref="ServiceOptions.KeyCacheDuration"/>
/// (the same delay as a key revocation), so that a busy guard does not query the database per request.
/// </summary>
internal sealed class GuardOriginCache(ServiceStore store, ServiceOptions options)
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (string? Stored, DateTimeOffset Until)> _byCommunity = new(StringComparer.Ordinal);
    private (HashSet<string> Origins, DateTimeOffset Until) _all = ([], DateTimeOffset.MinValue);

    /// <summary>Whether community <paramref name="communityId"/> lists <paramref name="origin"/>.</summary>
    public async Task<bool> AllowsAsync(string communityId, string origin, CancellationToken cancellationToken)
    {
        var now = options.Time.GetUtcNow();
        if (!_byCommunity.TryGetValue(communityId, out var entry) || entry.Until <= now)
        {
            var db = store.Open();
            await using (db.ConfigureAwait(false))
            {
                string? stored = await db.Communities.AsNoTracking().Where(c => c.Id == communityId)
                    .Select(c => c.GuardOrigins).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                entry = (stored, now + options.KeyCacheDuration);
            }

            if (_byCommunity.Count >= MaxEntries)
            {
                _byCommunity.Clear();
            }

            _byCommunity[communityId] = entry;
        }

        return GuardOriginList.Contains(entry.Stored, origin);
    }

    /// <summary>Whether any community lists <paramref name="origin"/> (a preflight carries no key, so no community).</summary>
    public async Task<bool> AnyAllowsAsync(string origin, CancellationToken cancellationToken)
    {
        var now = options.Time.GetUtcNow();
        var all = _all;
        if (all.Until <= now)
        {
            var db = store.Open();
            await using (db.ConfigureAwait(false))
            {
                var lists = await db.Communities.AsNoTracking().Where(c => c.GuardOrigins != null)
                    .Select(c => c.GuardOrigins).ToListAsync(cancellationToken).ConfigureAwait(false);
                all = (lists.SelectMany(GuardOriginList.Split).ToHashSet(StringComparer.Ordinal), now + options.KeyCacheDuration);
            }

            _all = all;
        }

        return all.Origins.Contains(origin);
    }
}
