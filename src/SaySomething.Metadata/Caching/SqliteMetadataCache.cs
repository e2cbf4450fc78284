using System.Globalization;
using Microsoft.Data.Sqlite;
using SaySomething.Metadata.Extraction;

namespace SaySomething.Metadata.Caching;

/// <summary>
/// The default cache: one SQLite file in WAL mode, so several threads and processes can read and write it at once
/// (writers wait for each other up to <see cref="BusyTimeoutMs"/>). The file carries a schema version
/// (<c>PRAGMA user_version</c>); a file of a newer version is refused, an older one is emptied (it is only a cache).
/// Stored text is cut to the extraction limits, and expired entries are deleted when the file is opened.
/// </summary>
public sealed class SqliteMetadataCache : IMetadataCache
{
    /// <summary>The schema version this code writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>How long a writer waits for another to finish (milliseconds).</summary>
    public const int BusyTimeoutMs = 5_000;

    /// <summary>Longest canonical id or address stored; longer keys are not cached.</summary>
    public const int MaxKeyChars = 4_096;

    /// <summary>Longest failure detail stored.</summary>
    public const int MaxFailureChars = 1_000;

    /// <summary>SQLite's error code for "file is not a database".</summary>
    private const int NotADatabase = 26;

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    private SqliteMetadataCache(string path, TimeProvider time)
    {
        Path = path;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    /// <summary>Gets the cache file's path.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when missing) the cache file at <paramref name="path"/>; its folder is created too.</summary>
    /// <exception cref="MetadataCacheException">The file cannot be used; the message says why and what to do.</exception>
    public static SqliteMetadataCache Open(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new MetadataCacheException($"{full} is a folder; give the path of a cache file, such as {System.IO.Path.Combine(full, "metadata-cache.db")}.");
        }

        var cache = new SqliteMetadataCache(full, time ?? TimeProvider.System);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            cache.Initialize();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == NotADatabase)
        {
            throw new MetadataCacheException($"{full} is not a metadata cache (not a SQLite file); give another cache path or delete the file.", e);
        }
        catch (SqliteException e)
        {
            throw new MetadataCacheException($"the metadata cache {full} cannot be opened ({e.Message.TrimEnd('.')}); give another cache path.", e);
        }
        catch (IOException e)
        {
            throw new MetadataCacheException($"the metadata cache {full} cannot be created ({e.Message.TrimEnd('.')}); give another cache path.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new MetadataCacheException($"the metadata cache {full} cannot be written (permission denied); give another cache path.", e);
        }

        return cache;
    }

    /// <inheritdoc />
    public async Task<CacheEntry?> GetAsync(string canonical, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        if (canonical.Length > MaxKeyChars)
        {
            return null;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT url, title, description, author, site_name, article_text, sources, failure, fetched_at, expires_at
            FROM entries WHERE canonical = $canonical AND expires_at > $now
            """;
        command.Parameters.AddWithValue("$canonical", canonical);
        command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        string? failure = Text(reader, 7);
        ExtractedMetadata? metadata = failure is not null ? null : new ExtractedMetadata
        {
            Title = Text(reader, 1),
            Description = Text(reader, 2),
            Author = Text(reader, 3),
            SiteName = Text(reader, 4),
            ArticleText = Text(reader, 5),
            Sources = MetadataSourceNames.Parse(Text(reader, 6)),
        };
        return new CacheEntry(
            canonical, reader.GetString(0), metadata, failure,
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)));
    }

    /// <inheritdoc />
    public async Task PutAsync(CacheEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Canonical.Length > MaxKeyChars || entry.Url.Length > MaxKeyChars)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO entries (canonical, url, title, description, author, site_name, article_text, sources, failure, fetched_at, expires_at)
            VALUES ($canonical, $url, $title, $description, $author, $site, $article, $sources, $failure, $fetched, $expires)
            ON CONFLICT (canonical) DO UPDATE SET url = excluded.url, title = excluded.title, description = excluded.description,
                author = excluded.author, site_name = excluded.site_name, article_text = excluded.article_text, sources = excluded.sources,
                failure = excluded.failure, fetched_at = excluded.fetched_at, expires_at = excluded.expires_at
            """;
        var m = entry.Metadata;
        command.Parameters.AddWithValue("$canonical", entry.Canonical);
        command.Parameters.AddWithValue("$url", entry.Url);
        command.Parameters.AddWithValue("$title", Db(Cut(m?.Title, ExtractionLimits.MaxTitleChars)));
        command.Parameters.AddWithValue("$description", Db(Cut(m?.Description, ExtractionLimits.MaxDescriptionChars)));
        command.Parameters.AddWithValue("$author", Db(Cut(m?.Author, ExtractionLimits.MaxNameChars)));
        command.Parameters.AddWithValue("$site", Db(Cut(m?.SiteName, ExtractionLimits.MaxNameChars)));
        command.Parameters.AddWithValue("$article", Db(Cut(m?.ArticleText, ExtractionLimits.MaxArticleChars)));
        command.Parameters.AddWithValue("$sources", Db(m is null ? null : MetadataSourceNames.ToName(m.Sources)));
        command.Parameters.AddWithValue("$failure", Db(m is null ? Cut(entry.Failure ?? "failed", MaxFailureChars) : null));
        command.Parameters.AddWithValue("$fetched", entry.FetchedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$expires", entry.ExpiresAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMs};");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void Initialize()
    {
        using var connection = OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            long version = (long)Scalar(connection, "PRAGMA user_version;")!;
            if (version > SchemaVersion)
            {
                throw new MetadataCacheException(string.Create(CultureInfo.InvariantCulture,
                    $"the metadata cache {Path} was written by a newer SaySomething (schema {version}; this one reads {SchemaVersion}); give another cache path or delete the file."));
            }

            if (version < SchemaVersion)
            {
                // An older layout (or a new file): a cache can always be rebuilt, so start it afresh.
                Execute(connection, "DROP TABLE IF EXISTS entries;");
                Execute(connection, """
                    CREATE TABLE entries (
                        canonical TEXT PRIMARY KEY NOT NULL,
                        url TEXT NOT NULL,
                        title TEXT, description TEXT, author TEXT, site_name TEXT, article_text TEXT, sources TEXT,
                        failure TEXT,
                        fetched_at INTEGER NOT NULL,
                        expires_at INTEGER NOT NULL);
                    CREATE INDEX entries_expires ON entries (expires_at);
                    """);
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {SchemaVersion};"));
            }

            using var prune = connection.CreateCommand();
            prune.CommandText = "DELETE FROM entries WHERE expires_at <= $now;";
            prune.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            prune.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static object Db(string? value) => (object?)value ?? DBNull.Value;

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
