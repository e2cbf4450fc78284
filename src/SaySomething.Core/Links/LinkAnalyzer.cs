using SaySomething.Core.Providers;

namespace SaySomething.Core.Links;

/// <summary>Finds the links in a text and says what each points to: extraction plus provider classification.</summary>
public sealed class LinkAnalyzer
{
    private readonly LinkExtractor _extractor;
    private readonly ProviderRegistry _providers;

    /// <summary>Creates an analyzer from an extractor and a provider registry.</summary>
    public LinkAnalyzer(LinkExtractor extractor, ProviderRegistry providers)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(providers);
        _extractor = extractor;
        _providers = providers;
    }

    /// <summary>Gets the analyzer with the default extractor and the built-in provider registry.</summary>
    public static LinkAnalyzer Default { get; } = new(LinkExtractor.Default, ProviderRegistry.Default);

    /// <summary>Returns every link in <paramref name="text"/>, in text order, with provider, kind and canonical identity.</summary>
    public IReadOnlyList<AnalyzedLink> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<FoundLink>();
        _extractor.Extract(text.AsSpan(), found);
        var result = new AnalyzedLink[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var link = found[i];
            if (link.Kind == FoundLinkKind.Email)
            {
                result[i] = new AnalyzedLink(link, new LinkClassification(null, LinkKind.Other), null);
                continue;
            }

            var url = link.Slice(text);
            result[i] = new AnalyzedLink(link, _providers.Classify(url), _providers.GetCanonicalId(url));
        }

        return result;
    }
}
