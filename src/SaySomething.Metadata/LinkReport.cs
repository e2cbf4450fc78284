using SaySomething.Core.Judging;
using SaySomething.Metadata.Extraction;
using SaySomething.Metadata.Gathering;

namespace SaySomething.Metadata;

/// <summary>Everything about gathering one link's metadata: for the judge (<see cref="ToLinkMetadata"/>), for
/// <c>saysomething meta</c>, and for logs.</summary>
public sealed record LinkReport
{
    /// <summary>Gets the link as the post wrote it.</summary>
    public required string Url { get; init; }

    /// <summary>Gets the link's canonical id, or null when it is not an http(s) address.</summary>
    public string? Canonical { get; init; }

    /// <summary>Gets the provider id, or null.</summary>
    public string? Provider { get; init; }

    /// <summary>Gets the kind name (<c>video</c>, <c>article</c>…).</summary>
    public string Kind { get; init; } = "other";

    /// <summary>Gets what became of the metadata.</summary>
    public required MetadataState State { get; init; }

    /// <summary>Gets the metadata, or null when there is none.</summary>
    public ExtractedMetadata? Metadata { get; init; }

    /// <summary>Gets why there is no metadata (the fetcher's refusal, the budget), or null.</summary>
    public string? Detail { get; init; }

    /// <summary>Gets the fetches made now (empty for a cache hit).</summary>
    public IReadOnlyList<FetchTrace> Fetches { get; init; } = [];

    /// <summary>Gets what the cache did: <c>hit</c>, <c>failure_hit</c> (a remembered failure), <c>miss</c>, <c>off</c>.</summary>
    public string CacheStatus { get; init; } = "off";

    /// <summary>Gets how long the link took, from the start of gathering.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The metadata as the judge takes it, or null when there is nothing to compare with.</summary>
    public LinkMetadata? ToLinkMetadata() => Metadata is { IsEmpty: false } m ? new LinkMetadata(Url, m.Title, m.Description, m.ArticleText) : null;

    /// <summary>The status the judgement repeats.</summary>
    public LinkMetadataStatus ToStatus() => new(Url, Canonical, State, Metadata is null ? null : MetadataSourceNames.ToName(Metadata.Sources), Detail);
}
