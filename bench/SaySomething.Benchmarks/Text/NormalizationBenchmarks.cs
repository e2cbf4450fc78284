using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using SaySomething.Core.Text;

namespace SaySomething.Benchmarks.Text;

/// <summary>
/// Normalisation, tokenizing and padding detection over the 200,000-post plain corpus. One operation processes
/// every post; divide the mean and the allocation by <see cref="LinkBenchmarks.Posts"/> for per-post figures.
/// </summary>
[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private readonly List<Token> _tokens = [];
    private PaddingTechnique[] _techniques = new PaddingTechnique[1024];
    private string[] _posts = [];

    [GlobalSetup]
    public void Setup() => _posts = Corpus.ReadPosts(Corpus.Ensure(LinkBenchmarks.Posts, "plain"));

    [Benchmark(Baseline = true)]
    public int Normalize()
    {
        var length = 0;
        foreach (var post in _posts)
        {
            length += TextNormalizer.Normalize(post).Length;
        }

        return length;
    }

    [Benchmark]
    public int NormalizeTokenize()
    {
        var count = 0;
        foreach (var post in _posts)
        {
            _tokens.Clear();
            WordReader.Read(TextNormalizer.Normalize(post), default, _tokens);
            count += _tokens.Count;
        }

        return count;
    }

    [Benchmark]
    public int NormalizeTokenizeDetect()
    {
        var words = 0;
        foreach (var post in _posts)
        {
            var text = TextNormalizer.Normalize(post);
            _tokens.Clear();
            WordReader.Read(text, default, _tokens);
            words += PaddingDetector.Analyze(text, _tokens).OwnWordCount;
        }

        return words;
    }

    /// <summary>
    /// As <see cref="NormalizeTokenizeDetect"/>, through the overload that writes each token's technique to a reused
    /// buffer instead of allocating a report: what a caller that keeps its own per-token verdicts pays.
    /// </summary>
    [Benchmark]
    public int NormalizeTokenizeDetectInto()
    {
        var words = 0;
        foreach (var post in _posts)
        {
            var text = TextNormalizer.Normalize(post);
            _tokens.Clear();
            WordReader.Read(text, default, _tokens);
            if (_techniques.Length < _tokens.Count)
            {
                _techniques = new PaddingTechnique[_tokens.Count * 2];
            }

            words += PaddingDetector.Analyze(text, CollectionsMarshal.AsSpan(_tokens), _techniques).OwnWordCount;
        }

        return words;
    }
}
