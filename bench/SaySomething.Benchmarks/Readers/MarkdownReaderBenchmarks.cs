using BenchmarkDotNet.Attributes;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.Markdown;

namespace SaySomething.Benchmarks.Readers;

/// <summary>
/// The Markdown reader over the 200,000-post Markdown corpus: one operation reads every post (Markdig parse,
/// Discourse block scan, mapping to the document model, links, mentions, emoji). MB/s = corpus UTF-8 bytes / mean.
/// </summary>
[MemoryDiagnoser]
public class MarkdownReaderBenchmarks
{
    public const int Posts = 200_000;

    private readonly MarkdownReader _reader = new();
    private string[] _posts = [];

    [GlobalSetup]
    public void Setup() => _posts = Corpus.ReadPosts(Corpus.Ensure(Posts, "markdown"));

    [Benchmark]
    public int ReadAll()
    {
        var nodes = 0;
        foreach (var post in _posts)
        {
            nodes += _reader.Read(post, ReaderLimits.Default).Content.Count;
        }

        return nodes;
    }
}
