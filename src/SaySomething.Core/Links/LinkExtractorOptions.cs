namespace SaySomething.Core.Links;

/// <summary>Limits that keep extraction bounded on hostile text.</summary>
public sealed record LinkExtractorOptions
{
    /// <summary>Gets the longest address reported, in UTF-16 code units; longer runs are not links.</summary>
    /// <value>The default value is 4,096.</value>
    public int MaxLinkLength { get; init; } = 4096;

    /// <summary>Gets the most addresses reported for one text; the rest are ignored.</summary>
    /// <value>The default value is 1,000.</value>
    public int MaxLinksPerText { get; init; } = 1000;
}
