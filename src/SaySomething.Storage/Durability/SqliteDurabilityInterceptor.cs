using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SaySomething.Storage.Durability;

/// <summary>
/// Sets the per-connection SQLite settings on every connection EF opens: <c>synchronous=FULL</c> (WAL synced on every
/// commit, so an acknowledged delivery survives power loss) and foreign keys. WAL itself is a property of the file.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public const string ConnectionPragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

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
