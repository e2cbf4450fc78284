using BenchmarkDotNet.Attributes;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.PlainText;

namespace SaySomething.Benchmarks.Readers;

/// <summary>
/// The plain-text reader over the 200,000-post plain corpus: the full reading with the page-copy rules
/// (<see cref="PlainTextReader.Read"/>) against the simple paragraphs reading used as every reader's fallback.
/// One operation reads every post.
/// </summary>
[MemoryDiagnoser]
public class PlainTextReaderBenchmarks
{
    private readonly PlainTextReader _reader = new();
    private string[] _posts = [];

    [GlobalSetup]
    public void Setup() => _posts = Corpus.ReadPosts(Corpus.Ensure(LinkBenchmarks.Posts, "plain"));

    [Benchmark(Baseline = true)]
    public int ReadParagraphs()
    {
        var count = 0;
        foreach (var post in _posts)
        {
            count += PlainTextReader.ReadParagraphs(post, 0, post.Length).Count;
        }

        return count;
    }

    [Benchmark]
    public int Read()
    {
        var count = 0;
        foreach (var post in _posts)
        {
            count += _reader.Read(post, ReaderLimits.Default).Content.Count;
        }

        return count;
    }
}
