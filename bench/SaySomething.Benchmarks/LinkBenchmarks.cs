using BenchmarkDotNet.Attributes;
using SaySomething.Core.Links;
using SaySomething.Core.Providers;

namespace SaySomething.Benchmarks;

/// <summary>
/// Extraction (and classification) over the 200,000-post plain-text corpus. One operation is one pass over every
/// post; the result list is reused, so any allocation reported is the engine's own.
/// </summary>
[MemoryDiagnoser]
public class LinkBenchmarks
{
    public const int Posts = 200_000;

    private readonly List<FoundLink> _links = new(64);
    private string[] _posts = [];

    [GlobalSetup]
    public void Setup() => _posts = Corpus.ReadPosts(Corpus.Ensure(Posts, "plain"));

    [Benchmark(Baseline = true)]
    public int Extract()
    {
        var count = 0;
        foreach (var post in _posts)
        {
            _links.Clear();
            count += LinkExtractor.Default.Extract(post.AsSpan(), _links);
        }

        return count;
    }

    /// <summary>The target: extraction plus provider and kind for every web address, with no allocation.</summary>
    [Benchmark]
    public int ExtractAndClassify()
    {
        var registry = ProviderRegistry.Default;
        var governed = 0;
        foreach (var post in _posts)
        {
            _links.Clear();
            LinkExtractor.Default.Extract(post.AsSpan(), _links);
            foreach (var link in _links)
            {
                if (link.Kind == FoundLinkKind.Url && registry.Classify(link.Slice(post)).Kind != LinkKind.Other)
                {
                    governed++;
                }
            }
        }

        return governed;
    }

    /// <summary>Also computes each link's canonical identity, which allocates its string.</summary>
    [Benchmark]
    public int ExtractClassifyAndCanonicalize()
    {
        var registry = ProviderRegistry.Default;
        var total = 0;
        foreach (var post in _posts)
        {
            _links.Clear();
            LinkExtractor.Default.Extract(post.AsSpan(), _links);
            foreach (var link in _links)
            {
                if (link.Kind == FoundLinkKind.Url)
                {
                    var url = link.Slice(post);
                    total += (int)registry.Classify(url).Kind + (registry.GetCanonicalId(url)?.Length ?? 0);
                }
            }
        }

        return total;
    }
}
