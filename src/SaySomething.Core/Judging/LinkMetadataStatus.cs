namespace SaySomething.Core.Judging;

/// <summary>What became of a governed link's metadata before the post was judged.</summary>
public enum MetadataState : byte
{
    /// <summary>Fetched now, within the time budget.</summary>
    Fetched,

    /// <summary>Taken from the cache.</summary>
    Cached,

    /// <summary>Fetching failed or was refused (the detail says why); the verdict was made without it.</summary>
    Failed,

    /// <summary>Not fetched within the time budget; the verdict was made without it.</summary>
    TimedOut,

    /// <summary>Only the cache could be used (offline, or the policy's <c>fetch: cache_only</c>) and it had nothing.</summary>
    NotCached,

    /// <summary>Fetching is turned off for this post (the policy's <c>fetch: off</c>).</summary>
    Off,
}

/// <summary>Whether the judge had the content behind one governed link, and where it came from.</summary>
/// <param name="Url">The link as it appears in the post.</param>
/// <param name="Canonical">The link's canonical id (<c>youtube:ID</c>), or null.</param>
/// <param name="State">What became of its metadata.</param>
/// <param name="Source">Where the metadata came from (<c>oembed</c>, <c>opengraph</c>, <c>watch_page</c>, <c>page</c>,
/// <c>article</c>, joined with <c>+</c>), or null when there is none.</param>
/// <param name="Detail">One line for people: why it failed, or the budget that ran out; null when nothing to say.</param>
public sealed record LinkMetadataStatus(string Url, string? Canonical, MetadataState State, string? Source = null, string? Detail = null)
{
    /// <summary>Gets a value indicating whether the judge had this link's metadata.</summary>
    public bool Available => State is MetadataState.Fetched or MetadataState.Cached;

    /// <summary>The snake_case name of a state, as in the JSON contract.</summary>
    public static string StateName(MetadataState state) => state switch
    {
        MetadataState.Fetched => "fetched",
        MetadataState.Cached => "cached",
        MetadataState.Failed => "failed",
        MetadataState.TimedOut => "timed_out",
        MetadataState.NotCached => "not_cached",
        _ => "off",
    };
}
