using System.Globalization;

namespace SaySomething.Metadata;

/// <summary>How the metadata service gathers: its time budget, concurrency, cache lifetimes and caps. Every limit is
/// checked by <see cref="Validate"/>, which names the option and the allowed range.</summary>
public sealed record MetadataOptions
{
    /// <summary>Gets the default options.</summary>
    public static MetadataOptions Default { get; } = new();

    /// <summary>Gets the longest a post waits for its links' metadata (default 1.5 s, 10 ms to 60 s). After it, the
    /// post is judged without what has not arrived, and the judgement says so; fetches still running may fill the cache.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Gets the most fetches at once to one host (default 2, 1 to 64).</summary>
    public int PerHostConcurrency { get; init; } = 2;

    /// <summary>Gets the most governed links of one post whose metadata is gathered (default 8, 1 to 100); the rest are
    /// judged without it, and the judgement says so.</summary>
    public int MaxLinksPerPost { get; init; } = 8;

    /// <summary>Gets how long fetched metadata is used (default 24 h, 1 s to 365 days).</summary>
    public TimeSpan Ttl { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Gets how long a failure is remembered before the link is asked again (default 10 min, 1 s to 7 days).</summary>
    public TimeSpan FailureTtl { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets the body cap for article pages, after decompression (default 2 MiB, 64 KiB to 16 MiB); other pages
    /// and oEmbed documents have the fetcher's metadata cap (1 MiB).</summary>
    public long MaxArticleBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option outside its range.</summary>
    public MetadataOptions Validate()
    {
        Check(nameof(Budget), Budget, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(60));
        Check(nameof(PerHostConcurrency), PerHostConcurrency, 1, 64);
        Check(nameof(MaxLinksPerPost), MaxLinksPerPost, 1, 100);
        Check(nameof(Ttl), Ttl, TimeSpan.FromSeconds(1), TimeSpan.FromDays(365));
        Check(nameof(FailureTtl), FailureTtl, TimeSpan.FromSeconds(1), TimeSpan.FromDays(7));
        Check(nameof(MaxArticleBytes), MaxArticleBytes, 64 * 1024, 16 * 1024 * 1024);
        return this;
    }

    private static void Check<T>(string name, T value, T low, T high)
        where T : IComparable<T>
    {
        if (value.CompareTo(low) < 0 || value.CompareTo(high) > 0)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be from {low} to {high}."));
        }
    }
}
