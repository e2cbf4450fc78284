using Microsoft.Data.Sqlite;

namespace SaySomething.Storage;

/// <summary>Which database engine holds the service's data.</summary>
public enum StoreProvider
{
    /// <summary>A SQLite file in the data folder (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by a connection string.</summary>
    Postgres,
}

/// <summary>Where the service's data lives: a provider, its connection string, and the folder of the secrets key.</summary>
/// <param name="Provider">The database engine.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
/// <param name="KeyFolder">The folder holding the key that encrypts stored platform secrets (the data folder).</param>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString, string KeyFolder)
{
    /// <summary>The database file's name inside a data folder.</summary>
    public const string SqliteFileName = "saysomething.db";

    /// <summary>A SQLite database in <paramref name="dataDirectory"/>, which is created if it does not exist.</summary>
    public static StoreLocation InDataFolder(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(dataDirectory), SqliteFileName),
            ForeignKeys = true,
            Pooling = true,
            // Seconds a writer waits for the lock (SQLITE_BUSY is retried until then).
            DefaultTimeout = 30,
        };
        return new StoreLocation(StoreProvider.Sqlite, builder.ToString(), Path.GetFullPath(dataDirectory));
    }

    /// <summary>A PostgreSQL database; the secrets key is kept in <paramref name="keyFolder"/> (created if missing).</summary>
    public static StoreLocation InPostgres(string connectionString, string keyFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFolder);
        return new StoreLocation(StoreProvider.Postgres, connectionString, Path.GetFullPath(keyFolder));
    }

    /// <summary>A connection string without its password, for messages.</summary>
    public string Describe() => Provider == StoreProvider.Sqlite
        ? $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : $"PostgreSQL {new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }}";
}
