using System.Collections.Concurrent;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.Moderation.Accounts;

/// <summary>
/// Locks an account name after <see cref="ModerationOptions.MaxFailedSignIns"/> failed sign-ins, and an address after
/// <see cref="ModerationOptions.MaxFailedSignInsPerAddress"/>, for <see cref="ModerationOptions.LockoutDuration"/>;
/// while locked even the right password is refused. Failures older than that duration are forgotten. Kept in memory:
/// a restart forgets them (the per-address rate limit still holds), and at most <see cref="MaxEntries"/> are kept.
/// </summary>
internal sealed class SignInThrottle(ServiceOptions options)
{
    public const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>When the lock on this account name or address ends, or null when neither is locked.</summary>
    public DateTimeOffset? LockedUntil(string userName, string address)
    {
        var now = options.Time.GetUtcNow();
        var until = Until(AccountKey(userName), now);
        var addressUntil = Until(AddressKey(address), now);
        return until is null ? addressUntil : addressUntil is null || until > addressUntil ? until : addressUntil;
    }

    /// <summary>Counts a failure; returns true when it locked the account name (the moment to audit a lockout).</summary>
    public bool Fail(string userName, string address)
    {
        var now = options.Time.GetUtcNow();
        if (_entries.Count >= MaxEntries)
        {
            Prune(now);
        }

        var moderation = options.Moderation;
        bool locked = Count(AccountKey(userName), moderation.MaxFailedSignIns, now);
        Count(AddressKey(address), moderation.MaxFailedSignInsPerAddress, now);
        return locked;
    }

    /// <summary>Forgets the account name's failures after a successful sign-in.</summary>
    public void Succeed(string userName) => _entries.TryRemove(AccountKey(userName), out _);

    private static string AccountKey(string userName) => "account:" + userName.ToLowerInvariant();

    private static string AddressKey(string address) => "address:" + address;

    private DateTimeOffset? Until(string key, DateTimeOffset now) =>
        _entries.TryGetValue(key, out var entry) && entry.LockedUntil is { } until && until > now ? until : null;

    private bool Count(string key, int limit, DateTimeOffset now)
    {
        var window = options.Moderation.LockoutDuration;
        bool lockedNow = false;
        _entries.AddOrUpdate(key,
            _ =>
            {
                lockedNow = limit <= 1;
                return new Entry(1, now, lockedNow ? now + window : null);
            },
            (_, old) =>
            {
                if (old.LockedUntil is { } until && until > now)
                {
                    lockedNow = false;
                    return old with { Failures = old.Failures + 1 };
                }

                bool fresh = old.FirstFailure + window < now;
                int failures = fresh ? 1 : old.Failures + 1;
                lockedNow = failures >= limit;
                return new Entry(failures, fresh ? now : old.FirstFailure, lockedNow ? now + window : null);
            });
        return lockedNow;
    }

    private void Prune(DateTimeOffset now)
    {
        var window = options.Moderation.LockoutDuration;
        foreach (var (key, entry) in _entries)
        {
            if (entry.FirstFailure + window < now && (entry.LockedUntil is null || entry.LockedUntil < now))
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            // Still full of fresh failures (a flood of names): drop them rather than grow without bound.
            _entries.Clear();
        }
    }

    private sealed record Entry(int Failures, DateTimeOffset FirstFailure, DateTimeOffset? LockedUntil);
}
