using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SaySomething.Storage.Accounts;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Storage.Keys;

/// <summary>
/// API keys: 256 random bits shown once as <c>ss_</c> + 43 URL-safe characters; only the SHA-256 of the key and its
/// first characters are stored, and a key is found by its hash. Every change writes an audit row in the same transaction.
/// </summary>
public static class ApiKeys
{
    /// <summary>The text every key starts with, so that leaked keys are easy to recognise.</summary>
    public const string KeyPrefix = "ss_";

    /// <summary>The longest key name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The characters of a key kept in the list (the prefix plus four).</summary>
    public const int ShownPrefixLength = 7;

    /// <summary>The longest text taken as a key before hashing: anything longer is not a key.</summary>
    public const int MaxKeyLength = 128;

    /// <summary>The lowercase hex SHA-256 of a key's UTF-8 bytes.</summary>
    public static string HashOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Creates a key; returns the key itself (shown once, never stored) and its row.</summary>
    /// <exception cref="ArgumentException">The name is empty or too long, or the community does not exist.</exception>
    public static async Task<(string Key, ApiKeyRecord Record)> AddAsync(ServiceStore store, string name, string? communityId, bool checkOnly, string actor, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            throw new ArgumentException($"A key name is 1 to {MaxNameLength} characters; got {name?.Length ?? 0}.", nameof(name));
        }

        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            if (communityId is not null && !await db.Communities.AnyAsync(c => c.Id == communityId, cancellationToken).ConfigureAwait(false))
            {
                throw new ArgumentException($"There is no community '{communityId}'.", nameof(communityId));
            }

            string key = KeyPrefix + PasswordHashing.Base64Url(RandomNumberGenerator.GetBytes(32));
            var now = time.GetUtcNow().UtcDateTime;
            var record = new ApiKeyRecord
            {
                Name = name.Trim(),
                Hash = HashOf(key),
                Prefix = key[..ShownPrefixLength],
                CommunityId = communityId,
                CheckOnly = checkOnly,
                CreatedAt = now,
            };
            // The key's row and its audit row commit together (the audit row needs the key's id).
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var _ = transaction.ConfigureAwait(false);
            db.ApiKeys.Add(record);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            AuditLog.Add(db, now, actor, communityId, "key.created", "api_key", record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                checkOnly ? $"key '{record.Name}' (check only)" : $"key '{record.Name}'");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (key, record);
        }
    }

    /// <summary>Every key, newest first.</summary>
    public static async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(ServiceStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Revokes key <paramref name="id"/>; false when there is no such key or it was already revoked.</summary>
    public static async Task<bool> RevokeAsync(ServiceStore store, long id, string actor, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var record = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken).ConfigureAwait(false);
            if (record is null || record.RevokedAt is not null)
            {
                return false;
            }

            var now = time.GetUtcNow().UtcDateTime;
            record.RevokedAt = now;
            AuditLog.Add(db, now, actor, record.CommunityId, "key.revoked", "api_key", id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"key '{record.Name}'");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>The valid (not revoked) key whose hash matches <paramref name="key"/>, or null.</summary>
    public static async Task<ApiKeyRecord?> FindValidAsync(ServiceStore store, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength)
        {
            return null;
        }

        string hash = HashOf(key);
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            // Found by an index lookup on the hash: no comparison of secret material in our code.
            return await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken).ConfigureAwait(false);
        }
    }
}
