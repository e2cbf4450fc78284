using BenchmarkDotNet.Attributes;
using SaySomething.Core.Links;
using SaySomething.Core.Providers;
using SaySomething.Core.Providers.Urls;

namespace SaySomething.Benchmarks;

/// <summary>
/// Classification alone, over the web addresses that extraction finds in the first 20,000 posts of the corpus,
/// split into its stages so a regression can be located.
/// </summary>
[MemoryDiagnoser]
public class ClassifyBenchmarks
{
    private string[] _urls = [];

    [GlobalSetup]
    public void Setup()
    {
        var links = new List<FoundLink>();
        var urls = new List<string>();
        foreach (var post in Corpus.ReadPosts(Corpus.Ensure(LinkBenchmarks.Posts, "plain")).Take(20_000))
        {
            links.Clear();
            LinkExtractor.Default.Extract(post.AsSpan(), links);
            urls.AddRange(links.Where(l => l.Kind == FoundLinkKind.Url).Select(l => post[l.Start..l.End]));
        }

        _urls = [.. urls];
    }

    [Benchmark]
    public int ParseUrl()
    {
        Span<char> host = stackalloc char[300];
        var n = 0;
        foreach (var url in _urls)
        {
            if (UrlParts.TryParse(url, host, out var parts))
            {
                n += parts.Host.Length;
            }
        }

        return n;
    }

    [Benchmark]
    public int ParseAndFindProvider()
    {
        Span<char> host = stackalloc char[300];
        var registry = ProviderRegistry.Default;
        var n = 0;
        foreach (var url in _urls)
        {
            if (UrlParts.TryParse(url, host, out var parts) && registry.FindProvider(parts.Host) is not null)
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int Classify()
    {
        var registry = ProviderRegistry.Default;
        var n = 0;
        foreach (var url in _urls)
        {
            n += (int)registry.Classify(url).Kind;
        }

        return n;
    }
}
