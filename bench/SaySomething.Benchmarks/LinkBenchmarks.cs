using BenchmarkDotNet.Attributes;
using SaySomething.Core.Links;

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
}
