using BenchmarkDotNet.Attributes;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.BbCode;

namespace SaySomething.Benchmarks.Readers;

/// <summary>
/// The BB code reader over the 200,000-post BB code corpus. One operation reads every post; MB/s is the corpus
/// file's UTF-8 size (printed at setup) divided by the mean time, and allocation per post is the allocated bytes
/// divided by <see cref="LinkBenchmarks.Posts"/>.
/// </summary>
[MemoryDiagnoser]
public class BbCodeReaderBenchmarks
{
    private readonly BbCodeReader _reader = new();
    private readonly BbCodeTokenizer _tokenizer = new("");
    private string[] _posts = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Corpus.Ensure(LinkBenchmarks.Posts, "bbcode");
        _posts = Corpus.ReadPosts(path);
        Console.WriteLine($"// BB code corpus: {_posts.Length:N0} posts, {new FileInfo(path).Length:N0} UTF-8 bytes");
    }

    /// <summary>Reads every post into a document tree.</summary>
    [Benchmark]
    public int ReadAll()
    {
        var limits = ReaderLimits.Default;
        var nodes = 0;
        foreach (var post in _posts)
        {
            nodes += _reader.Read(post, limits).Content.Count;
        }

        return nodes;
    }

    /// <summary>Only the tokenizer, to show how the time splits between tokens and tree.</summary>
    [Benchmark]
    public int TokenizeAll()
    {
        var tokens = 0;
        foreach (var post in _posts)
        {
            _tokenizer.Reset(post);
            while (_tokenizer.Next(out _))
            {
                tokens++;
            }
        }

        return tokens;
    }
}
