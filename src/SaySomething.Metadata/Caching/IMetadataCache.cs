namespace SaySomething.Metadata.Caching;

/// <summary>
/// Where fetched metadata is kept between posts, keyed by the link's canonical id. The default is a SQLite file
/// (<see cref="SqliteMetadataCache"/>); the service plugs in its own database. Implementations are safe to call from
/// several threads at once, never return an expired entry, and bound what they store.
/// </summary>
public interface IMetadataCache
{
    /// <summary>The unexpired entry for <paramref name="canonical"/>, or null.</summary>
    Task<CacheEntry?> GetAsync(string canonical, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="entry"/>, replacing any entry with the same canonical id.</summary>
    Task PutAsync(CacheEntry entry, CancellationToken cancellationToken);
}
