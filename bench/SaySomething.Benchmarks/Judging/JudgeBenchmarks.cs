using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SaySomething.Core.Documents;
using SaySomething.Core.Judging;
using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Judging.Sentences;
using SaySomething.Core.Languages;
using SaySomething.Core.Parsing;

namespace SaySomething.Benchmarks.Judging;

/// <summary>
/// Judging posts of the generator's mixed corpus (60 % BB code, 20 % Markdown, 20 % plain; every kind of post the
/// generator makes). One invocation judges every post once and counts as <see cref="Posts"/> operations, so the
/// Mean, Median and Allocated columns are per post. The stage benchmarks show where the time goes.
/// </summary>
[MemoryDiagnoser]
public class JudgeBenchmarks
{
    /// <summary>Posts per invocation (the corpus made with seed 1).</summary>
    public const int Posts = 20_000;

    /// <summary>Posts of typical length: the tenth of <see cref="Posts"/> around the median length.</summary>
    public const int TypicalPosts = Posts / 10;

    private PostToJudge[] _posts = [];

    /// <summary>Gets the posts judged, once <see cref="Setup"/> has run.</summary>
    internal PostToJudge[] Judged => _posts;
    private PostToJudge[] _typical = [];
    private PostDocument[] _documents = [];
    private string[] _candidates = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Corpus.Ensure(Posts, "jsonl");
        _posts = [.. File.ReadLines(path).Select(Parse)];
        _documents = [.. _posts.Select(p => PostReader.Default.Read(p.Text, p.Format!.Value))];

        // Typical posts: the tenth of the corpus around the median length (45th to 55th percentile).
        var byLength = _posts.OrderBy(p => p.Text.Length).ToArray();
        _typical = byLength[(byLength.Length * 45 / 100)..(byLength.Length * 55 / 100)];
        _candidates = [.. _documents.Select(d => CandidateTextBuilder.Build(d, codeCounts: false).Candidate.Text)];
        _languageSamples = [.. _candidates.Select(candidate =>
        {
            var analysis = TextAnalysis.Analyze(candidate);
            return (PostJudge.LanguageSample(analysis.Normalized.Value).ToString(), analysis.Tokens.ToArray(), analysis.Hashes.ToArray(), analysis.Normalized.IsIdentityMap);
        })];
        Console.WriteLine($"// judging corpus: {_posts.Length:N0} posts, {_posts.Sum(p => p.Text.Length):N0} UTF-16 chars");
    }

    /// <summary>The whole judgement: read, govern, separate, analyse, score, decide, explain.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Posts)]
    public int Judge()
    {
        int driveBys = 0;
        foreach (var post in _posts)
        {
            driveBys += PostJudge.Default.Judge(post).Verdict == Verdict.DriveBy ? 1 : 0;
        }

        return driveBys;
    }

    /// <summary>Posts of typical length only (see <see cref="TypicalPosts"/>): the "typical post".</summary>
    [Benchmark(OperationsPerInvoke = TypicalPosts)]
    public int JudgeTypical()
    {
        int driveBys = 0;
        foreach (var post in _typical)
        {
            driveBys += PostJudge.Default.Judge(post).Verdict == Verdict.DriveBy ? 1 : 0;
        }

        return driveBys;
    }

    /// <summary>Stage: reading the markup into a document.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int Read()
    {
        int nodes = 0;
        foreach (var post in _posts)
        {
            nodes += PostReader.Default.Read(post.Text, post.Format!.Value).Content.Count;
        }

        return nodes;
    }

    /// <summary>Stage: separating candidate own text, links and context from a read document.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int Separate()
    {
        int length = 0;
        foreach (var document in _documents)
        {
            // As the judge does it: into the thread's builder, given back after use.
            var parts = CandidateTextBuilder.BuildReusing(document, codeCounts: false);
            length += parts.Candidate.Length;
            parts.Release();
        }

        return length;
    }

    /// <summary>Stage: normalising, tokenizing and splitting the candidate text into sentences.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int Analyze()
    {
        int sentences = 0;
        foreach (var candidate in _candidates)
        {
            // As the judge does it: into the thread's analysis, given back after use.
            var analysis = TextAnalysis.AnalyzeReusing(candidate);
            sentences += analysis.Sentences.Count;
            analysis.Release();
        }

        return sentences;
    }

    /// <summary>Part of <see cref="Analyze"/>: the text layer alone (normalise, tokens, padding), without the judge's word hashes and sentences.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int TextLayer()
    {
        int words = 0;
        var tokens = new List<SaySomething.Core.Text.Token>();
        foreach (var candidate in _candidates)
        {
            tokens.Clear();
            var normalized = SaySomething.Core.Text.TextNormalizer.Normalize(candidate);
            SaySomething.Core.Text.WordReader.Read(normalized, default, tokens);
            words += SaySomething.Core.Text.PaddingDetector.Analyze(normalized, tokens).OwnWordCount;
        }

        return words;
    }

    /// <summary>
    /// Stage: detecting the language as the judge does it: from the first 240 or so characters of the normalised
    /// candidate, read from the analysis's words and hashes when the text is ASCII and character by character otherwise.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int DetectLanguage()
    {
        int supported = 0;
        foreach (var (sample, tokens, hashes, ascii) in _languageSamples)
        {
            var guess = ascii ? LanguageDetector.DetectAscii(sample, tokens, hashes) : LanguageDetector.Detect(sample);
            supported += guess.Supported ? 1 : 0;
        }

        return supported;
    }

    /// <summary>Stage benchmark input: what the judge's language step reads for each candidate.</summary>
    private (string Sample, SaySomething.Core.Text.Token[] Tokens, long[] Hashes, bool Ascii)[] _languageSamples = [];

    private static PostToJudge Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new PostToJudge
        {
            Text = root.GetProperty("text").GetString()!,
            Format = root.GetProperty("format").GetString() switch
            {
                "bbcode" => MarkupFormat.BbCode,
                "markdown" => MarkupFormat.Markdown,
                "html" => MarkupFormat.Html,
                _ => MarkupFormat.Plain,
            },
        };
    }
}
