using System.Globalization;
using System.Reflection;
using Npgsql;
using SaySomething.Storage;
using Xunit.Sdk;

namespace SaySomething.Server.Tests.TestSupport;

/// <summary>
/// Fresh databases for tests: a SQLite file in a temporary folder, or a new PostgreSQL database on the server named by
/// <see cref="PostgresVariable"/>. Without that variable the PostgreSQL rows are skipped with how to start one, unless
/// <see cref="RequireServersVariable"/> is <c>1</c> (CI): then they fail with that message.
/// </summary>
public static class TestStores
{
    /// <summary>The connection string of a PostgreSQL server the tests may create databases on.</summary>
    public const string PostgresVariable = "SAYSOMETHING_TEST_POSTGRES";

    /// <summary>Set to <c>1</c> to skip the PostgreSQL rows where no server is available.</summary>
    public const string SkipPostgresVariable = "SAYSOMETHING_SKIP_POSTGRES";

    /// <summary>Why PostgreSQL rows are skipped, or null when they run.</summary>
    public static string? PostgresSkipReason =>
        Environment.GetEnvironmentVariable(PostgresVariable) is null
        && (Environment.GetEnvironmentVariable(SkipPostgresVariable) == "1" || Environment.GetEnvironmentVariable(RequireServersVariable) != "1")
            ? $"{PostgresVariable} is not set: the PostgreSQL half of the storage tests is skipped. As root, "
              + $"export {PostgresVariable}=\"$(bash eng/test-postgres.sh)\" starts a server for them; bash .ci/run always runs them."
            : null;

    /// <summary>Set to <c>1</c> (as <c>.ci/run</c> does) to make tests that need PostgreSQL or chromium fail, with how to
    /// get them, instead of skipping where they are missing.</summary>
    public const string RequireServersVariable = "SAYSOMETHING_REQUIRE_SERVERS";

    /// <summary>A new, empty store of <paramref name="provider"/> (<c>sqlite</c> or <c>postgres</c>); dispose it to remove it.</summary>
    public static TestStore Create(string provider) => provider switch
    {
        "sqlite" => TestStore.Sqlite(),
        "postgres" => TestStore.Postgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
    };
}

/// <summary>A temporary store.</summary>
public sealed class TestStore : IDisposable
{
    private readonly Action _cleanup;

    private TestStore(StoreLocation location, string? folder, Action cleanup)
    {
        Location = location;
        Folder = folder;
        _cleanup = cleanup;
    }

    /// <summary>Gets where the data lives.</summary>
    public StoreLocation Location { get; }

    /// <summary>Gets the SQLite data folder, or null for PostgreSQL.</summary>
    public string? Folder { get; }

    internal static TestStore Sqlite()
    {
        string folder = Path.Combine(Path.GetTempPath(), "saysomething-tests", Guid.NewGuid().ToString("n"));
        return new TestStore(StoreLocation.InDataFolder(folder), folder, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean; not worth failing a test.
            }
        });
    }

    internal static TestStore Postgres()
    {
        string? admin = Environment.GetEnvironmentVariable(TestStores.PostgresVariable);
        if (admin is null)
        {
            throw new XunitException(
                $"{TestStores.PostgresVariable} is not set. As root, start a PostgreSQL server and name it with "
                + $"export {TestStores.PostgresVariable}=\"$(bash eng/test-postgres.sh)\" (installs Debian's postgresql if missing; .ci/run does this), "
                + $"or give the connection string of a server where the user may create databases. Without PostgreSQL, set {TestStores.SkipPostgresVariable}=1 to skip these tests.");
        }

        string database = "ss_test_" + Guid.NewGuid().ToString("n")[..16];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {database}";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = database };
        string keys = Path.Combine(Path.GetTempPath(), "saysomething-tests", database);
        return new TestStore(StoreLocation.InPostgres(builder.ToString(), keys), null, () =>
        {
            if (Directory.Exists(keys))
            {
                Directory.Delete(keys, recursive: true);
            }

            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            command.ExecuteNonQuery();
        });
    }

    /// <inheritdoc/>
    public void Dispose() => _cleanup();
}

/// <summary>One theory row per store provider; the PostgreSQL row is skipped only when the opt-out is set.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class StoreProviderAttribute : DataAttribute
{
    private readonly string _provider;

    /// <summary>Creates the row for <paramref name="provider"/>.</summary>
    public StoreProviderAttribute(string provider)
    {
        _provider = provider;
        Skip = provider == "postgres" ? TestStores.PostgresSkipReason : null;
    }

    /// <inheritdoc/>
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[_provider]];
}
