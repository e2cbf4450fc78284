using Microsoft.EntityFrameworkCore;
using SaySomething.Storage.Durability;
using SaySomething.Storage.Providers;
using SaySomething.Storage.Secrets;

namespace SaySomething.Storage;

/// <summary>
/// Opens contexts on the service's database and prepares it: migrations applied, WAL switched on, durability
/// settings read back. Thread-safe; every unit of work opens its own context.
/// </summary>
public sealed class ServiceStore
{
    private readonly DbContextOptions _options;
    private readonly Lazy<SecretProtector> _secrets;

    /// <summary>Creates a store for <paramref name="location"/>; nothing is opened until <see cref="PrepareAsync"/> or <see cref="Open"/>.</summary>
    public ServiceStore(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        Location = location;
        _secrets = new Lazy<SecretProtector>(() => SecretProtector.InFolder(location.KeyFolder));
        _options = location.Provider == StoreProvider.Sqlite
            ? new DbContextOptionsBuilder<SqliteServiceDb>()
                .UseSqlite(location.ConnectionString)
                .AddInterceptors(new SqliteDurabilityInterceptor())
                .Options
            : new DbContextOptionsBuilder<PostgresServiceDb>()
                .UseNpgsql(location.ConnectionString)
                .Options;
    }

    /// <summary>Gets where the data lives.</summary>
    public StoreLocation Location { get; }

    /// <summary>Gets the protector of stored platform secrets (its key is read or created on first use).</summary>
    public SecretProtector Secrets => _secrets.Value;

    /// <summary>Opens a new context (dispose it after the unit of work).</summary>
    public ServiceDb Open() => Location.Provider == StoreProvider.Sqlite
        ? new SqliteServiceDb((DbContextOptions<SqliteServiceDb>)_options)
        : new PostgresServiceDb((DbContextOptions<PostgresServiceDb>)_options);

    /// <summary>
    /// Applies the migrations, switches SQLite to WAL, and checks the durability settings; throws
    /// <see cref="StoreConfigurationException"/> with what to fix when the database cannot be used.
    /// </summary>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        var db = Open();
        await using (db.ConfigureAwait(false))
        {
            try
            {
                if (Location.Provider == StoreProvider.Sqlite)
                {
                    // WAL is stored in the file: once set it stays for every later connection.
                    await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
                    await db.Database.CloseConnectionAsync().ConfigureAwait(false);
                }

                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException)
            {
                throw new StoreConfigurationException($"Cannot open or migrate the database ({Location.Describe()}): {e.Message}", e);
            }

            await DurabilityCheck.VerifyAsync(db, Location.Provider, cancellationToken).ConfigureAwait(false);
            _ = Secrets;
        }
    }
}
