using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace SaySomething.Storage.Durability;

/// <summary>
/// Reads the durability settings back from the database at start and refuses to go on if they differ from what
/// acknowledging a delivery needs (security.md §5.2): SQLite WAL + synchronous=FULL + foreign keys; PostgreSQL
/// synchronous_commit, fsync and full_page_writes on.
/// </summary>
public static class DurabilityCheck
{
    /// <summary>Checks the settings of <paramref name="db"/>'s connection; throws <see cref="StoreConfigurationException"/> when one is wrong.</summary>
    public static async Task VerifyAsync(ServiceDb db, StoreProvider provider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (provider == StoreProvider.Sqlite)
            {
                await Expect(connection, "PRAGMA journal_mode", "wal", cancellationToken).ConfigureAwait(false);
                // 2 = FULL.
                await Expect(connection, "PRAGMA synchronous", "2", cancellationToken).ConfigureAwait(false);
                await Expect(connection, "PRAGMA foreign_keys", "1", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Expect(connection, "SHOW synchronous_commit", "on", cancellationToken).ConfigureAwait(false);
                await Expect(connection, "SHOW fsync", "on", cancellationToken).ConfigureAwait(false);
                await Expect(connection, "SHOW full_page_writes", "on", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task Expect(DbConnection connection, string query, string expected, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        var value = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (!string.Equals(value, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreConfigurationException(
                $"The database answers '{query}' with '{value}', but the service needs '{expected}' so that acknowledged deliveries survive a crash; fix the database configuration.");
        }
    }
}
