using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Demo;
using SaySomething.Storage;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Keys;

namespace SaySomething.Server.Guard.Demo;

/// <summary>
/// The demo page's check-only key for the demo community, created on the first run that has the demo community.
/// Like every key it is stored in the database only as a hash; the demo page needs the key itself, so it is kept in a
/// file beside the SQLite database (readable by the service's user only). A check-only key is public by nature: it
/// can only check, is rate-limited, and this one is limited to the demo community. With PostgreSQL there is no data
/// folder: the key is printed once at start and the page takes it as <c>/demo?key=</c>.
/// </summary>
internal static class DemoGuardKey
{
    /// <summary>The file's name in the data folder.</summary>
    public const string FileName = "demo-guard-key.txt";

    /// <summary>The key's name in <c>saysomething keys list</c>.</summary>
    public const string KeyName = "demo page composer guard";

    /// <summary>Where the key is kept for <paramref name="location"/>, or null when there is no data folder.</summary>
    public static string? FileFor(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider != StoreProvider.Sqlite)
        {
            return null;
        }

        string? folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(location.ConnectionString).DataSource);
        return string.IsNullOrEmpty(folder) ? null : Path.Combine(folder, FileName);
    }

    /// <summary>The demo key, or null when there is none.</summary>
    public static string? Read(StoreLocation location)
    {
        string? file = FileFor(location);
        if (file is null || !File.Exists(file))
        {
            return null;
        }

        string key = File.ReadAllText(file).Trim();
        return key.StartsWith(ApiKeys.KeyPrefix, StringComparison.Ordinal) && key.Length <= ApiKeys.MaxKeyLength ? key : null;
    }

    /// <summary>
    /// Creates the demo key when the demo community exists and no valid demo key is kept; returns the new key (to
    /// announce it), or null when nothing was created.
    /// </summary>
    public static async Task<string?> EnsureAsync(ServiceStore store, StoreLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            if (!await db.Communities.AnyAsync(c => c.Id == DemoSeeder.CommunityId, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            // Without a data folder the key cannot be kept: it is created once, and printed then.
            if (FileFor(location) is null && await db.ApiKeys.AnyAsync(
                    k => k.Name == KeyName && k.CommunityId == DemoSeeder.CommunityId && k.RevokedAt == null, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        string? file = FileFor(location);
        if (Read(location) is { } kept
            && await ApiKeys.FindValidAsync(store, kept, cancellationToken).ConfigureAwait(false) is { CheckOnly: true, CommunityId: DemoSeeder.CommunityId })
        {
            return null;
        }

        var (key, _) = await ApiKeys.AddAsync(store, KeyName, DemoSeeder.CommunityId, checkOnly: true, AuditLog.System, time, cancellationToken).ConfigureAwait(false);
        if (file is not null)
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            var stream = new FileStream(file, options);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(key + "\n"), cancellationToken).ConfigureAwait(false);
            }
        }

        return key;
    }
}
