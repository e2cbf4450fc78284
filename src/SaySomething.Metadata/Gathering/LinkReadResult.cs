using SaySomething.Metadata.Extraction;

namespace SaySomething.Metadata.Gathering;

/// <summary>What reading one link gave: metadata (when any fetch gave something), or the reason there is none.</summary>
/// <param name="Metadata">What was found, or null when every fetch failed.</param>
/// <param name="FailureDetail">Why there is nothing (the first failed fetch's detail), or null.</param>
/// <param name="Fetches">Every fetch made, in the order they finished.</param>
public sealed record LinkReadResult(ExtractedMetadata? Metadata, string? FailureDetail, IReadOnlyList<FetchTrace> Fetches)
{
    /// <summary>Gets a value indicating whether any fetch gave something.</summary>
    public bool Succeeded => Metadata is not null;
}
