using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SaySomething.Storage.Durability;

/// <summary>
/// Sets the per-connection SQLite settings on every connection EF opens: <c>synchronous=FULL</c> (WAL synced on every
/// commit, so an acknowledged delivery survives power loss), foreign keys, and a busy timeout of 30 s for the write
/// lock. WAL itself is a property of the file.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    // busy_timeout: SQLite's own busy handler waits for the write lock in steps of 1 to 100 ms, where the driver's
    // retry would sleep 150 ms at a time; measured, it cut the webhook acknowledgement's tail under concurrent writes.
    public const string ConnectionPragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        Apply(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ConnectionPragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ConnectionPragmas;
        command.ExecuteNonQuery();
    }
}
