using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SaySomething.Metadata.Caching;
using SaySomething.Metadata.Extraction;

namespace SaySomething.Metadata.Tests.Caching;

public sealed class SqliteMetadataCacheTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 5, 14, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(Start);

    public void Dispose() => _folder.Dispose();

    private static CacheEntry Entry(string canonical, ExtractedMetadata? metadata, TimeSpan ttl, string? failure = null) =>
        new(canonical, "https://example.org/" + canonical, metadata, failure, Start, Start + ttl);

    [Fact]
    public async Task Metadata_RoundTrips()
    {
        var cache = SqliteMetadataCache.Open(_folder.File("cache.db"), _time);
        var metadata = new ExtractedMetadata { Title = "T", Description = "D", Author = "A", SiteName = "S", ArticleText = "Text", Sources = MetadataSources.OEmbed | MetadataSources.WatchPage };
        await cache.PutAsync(Entry("youtube:abc", metadata, TimeSpan.FromHours(1)), CancellationToken.None);

        var entry = await cache.GetAsync("youtube:abc", CancellationToken.None);

        Assert.Equal(metadata, entry?.Metadata);
        Assert.False(entry!.IsFailure);
        Assert.Null(await cache.GetAsync("youtube:other", CancellationToken.None));
    }

    [Fact]
    public async Task Entry_ExpiresAfterItsTtl()
    {
        var cache = SqliteMetadataCache.Open(_folder.File("cache.db"), _time);
        await cache.PutAsync(Entry("url:x", new ExtractedMetadata { Title = "T" }, TimeSpan.FromMinutes(5)), CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.NotNull(await cache.GetAsync("url:x", CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await cache.GetAsync("url:x", CancellationToken.None));
    }

    [Fact]
    public async Task Failure_IsRemembered()
    {
        var cache = SqliteMetadataCache.Open(_folder.File("cache.db"), _time);
        await cache.PutAsync(Entry("url:gone", null, TimeSpan.FromMinutes(10), "HTTP 404"), CancellationToken.None);

        var entry = await cache.GetAsync("url:gone", CancellationToken.None);

        Assert.True(entry?.IsFailure);
        Assert.Equal("HTTP 404", entry!.Failure);
    }

    [Fact]
    public async Task StoredText_IsCutToTheLimits()
    {
        var cache = SqliteMetadataCache.Open(_folder.File("cache.db"), _time);
        var huge = new ExtractedMetadata { Title = new string('t', 50_000), ArticleText = new string('a', 1_000_000) };
        await cache.PutAsync(Entry("url:huge", huge, TimeSpan.FromHours(1)), CancellationToken.None);

        var entry = await cache.GetAsync("url:huge", CancellationToken.None);

        Assert.Equal(ExtractionLimits.MaxTitleChars, entry!.Metadata!.Title!.Length);
        Assert.Equal(ExtractionLimits.MaxArticleChars, entry.Metadata.ArticleText!.Length);
    }

    [Fact]
    public async Task OverlongKey_IsNotStored()
    {
        var cache = SqliteMetadataCache.Open(_folder.File("cache.db"), _time);
        string key = "url:" + new string('k', SqliteMetadataCache.MaxKeyChars);
        await cache.PutAsync(Entry(key, new ExtractedMetadata { Title = "T" }, TimeSpan.FromHours(1)), CancellationToken.None);

        Assert.Null(await cache.GetAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task ExpiredEntries_AreDeleted_WhenTheFileIsOpened()
    {
        string path = _folder.File("cache.db");
        var cache = SqliteMetadataCache.Open(path, _time);
        await cache.PutAsync(Entry("url:old", new ExtractedMetadata { Title = "T" }, TimeSpan.FromMinutes(1)), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));

        SqliteMetadataCache.Open(path, _time);

        Assert.Equal(0L, Count(path));
    }

    [Fact]
    public void File_IsInWalMode_WithTheSchemaVersion()
    {
        string path = _folder.File("cache.db");
        SqliteMetadataCache.Open(path, _time);

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteMetadataCache.SchemaVersion, Scalar(connection, "PRAGMA user_version;"));
    }

    [Fact]
    public void NewerSchema_IsRefused_WithWhatToDo()
    {
        string path = _folder.File("cache.db");
        SqliteMetadataCache.Open(path, _time);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Scalar(connection, "PRAGMA user_version = 99;");
        }

        var error = Assert.Throws<MetadataCacheException>(() => SqliteMetadataCache.Open(path, _time));
        Assert.Contains("newer SaySomething (schema 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("give another cache path or delete the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatIsNotACache_IsRefused()
    {
        string path = _folder.File("notes.txt");
        File.WriteAllText(path, new string('x', 4096));

        var error = Assert.Throws<MetadataCacheException>(() => SqliteMetadataCache.Open(path, _time));
        Assert.Contains("is not a metadata cache", error.Message, StringComparison.Ordinal);
        Assert.Equal(new string('x', 4096), File.ReadAllText(path));
    }

    [Fact]
    public void Folder_IsRefused()
    {
        var error = Assert.Throws<MetadataCacheException>(() => SqliteMetadataCache.Open(_folder.Path, _time));
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyThreadsAndTwoOpenings_WriteAndReadAtOnce_WithoutLosingAnEntry()
    {
        string path = _folder.File("cache.db");
        var first = SqliteMetadataCache.Open(path, _time);
        // A second opening with its own connections plays the part of another process.
        var second = SqliteMetadataCache.Open(path, _time);
        await Parallel.ForAsync(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var cache = i % 2 == 0 ? first : second;
            await cache.PutAsync(Entry("url:" + i, new ExtractedMetadata { Title = "T" + i }, TimeSpan.FromHours(1)), ct);
            Assert.Equal("T" + i, (await cache.GetAsync("url:" + i, ct))?.Metadata?.Title);
        });

        Assert.Equal(200L, Count(path));
    }

    private static long Count(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        return (long)Scalar(connection, "SELECT COUNT(*) FROM entries;")!;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
