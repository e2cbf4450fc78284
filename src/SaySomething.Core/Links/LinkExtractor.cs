namespace SaySomething.Core.Links;

/// <summary>Finds the web and e-mail addresses a reader would see in free text.</summary>
public sealed class LinkExtractor
{
    /// <summary>Gets the shared extractor; it is immutable and safe to use from many threads.</summary>
    public static LinkExtractor Default { get; } = new(new LinkExtractorOptions());

    private readonly LinkExtractorOptions _options;

    /// <summary>Creates an extractor with the given limits.</summary>
    public LinkExtractor(LinkExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLinkLength, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLinksPerText, 1);
        _options = options;
    }

    /// <summary>Appends every address found in <paramref name="text"/> to <paramref name="results"/>, in text order.</summary>
    public void Extract(ReadOnlySpan<char> text, List<FoundLink> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        _ = _options;
        throw new NotImplementedException();
    }

    /// <summary>Returns every address found in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<FoundLink> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<FoundLink>();
        Extract(text.AsSpan(), results);
        return results;
    }
}
