using SaySomething.Metadata.Extraction;

namespace SaySomething.Metadata.Caching;

/// <summary>What is known about one linked item, as cached: its metadata, or the failure that is remembered for a
/// shorter time (negative caching) so a dead or refusing link is not asked again for every post.</summary>
/// <param name="Canonical">The link's canonical id (<c>youtube:ID</c>, <c>url:…</c>): the key.</param>
/// <param name="Url">The address that was fetched for it.</param>
/// <param name="Metadata">The metadata, or null for a remembered failure.</param>
/// <param name="Failure">Why fetching failed, or null.</param>
/// <param name="FetchedAt">When it was fetched.</param>
/// <param name="ExpiresAt">When it stops being used.</param>
public sealed record CacheEntry(string Canonical, string Url, ExtractedMetadata? Metadata, string? Failure, DateTimeOffset FetchedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Gets a value indicating whether this entry remembers a failure.</summary>
    public bool IsFailure => Metadata is null;
}
