using SaySomething.Core.Judging.Copying;
using SaySomething.Core.Judging.Governance;
using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Judging.Sentences;
using SaySomething.Core.Judging.Thoughts;
using SaySomething.Core.Judging.Verdicts;
using SaySomething.Core.Languages;
using SaySomething.Core.Parsing;
using SaySomething.Core.Policies;
using SaySomething.Core.Providers;

namespace SaySomething.Core.Judging;

/// <summary>
/// Judges posts: did the poster say something of their own about the links they shared? Thread-safe; one instance
/// serves any number of threads. The work never blocks on I/O: metadata must already be in <see cref="PostToJudge.Metadata"/>.
/// </summary>
/// <remarks>
/// The pipeline: read the post (<see cref="PostReader"/>); find its links and which the policy governs
/// (<see cref="LinkGovernor"/>); separate the candidate own text from quotes, cards, embeds, boilerplate and hidden
/// text (<see cref="CandidateTextBuilder"/>); normalise it and cut it into sentences (<see cref="TextAnalysis"/>);
/// class each sentence as empty, filler, copied from context (<see cref="CopyIndex"/>) or scored by explainable
/// features (<see cref="FeatureReader"/>, weights in <c>Thoughts/Data/thought-weights.json</c>); decide and explain
/// (<see cref="VerdictBuilder"/>).
/// </remarks>
public sealed class PostJudge
{
    private readonly PostReader _reader;
    private readonly ProviderRegistry _providers;
    private readonly ThoughtWeights _weights;

    /// <summary>Creates a judge that applies <paramref name="policies"/>.</summary>
    public PostJudge(PolicySet policies)
        : this(policies, PostReader.Default, ProviderRegistry.Default)
    {
    }

    internal PostJudge(PolicySet policies, PostReader reader, ProviderRegistry providers, ThoughtWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies;
        _reader = reader;
        _providers = providers;
        _weights = weights ?? ThoughtWeights.Default;
    }

    private static readonly Lazy<Lexicons.LanguageLexicon[]> s_allLexicons = new(() => [.. Lexicons.Lexicons.Codes.Select(Lexicons.Lexicons.For)]);

    private static Lexicons.LanguageLexicon[] AllLexicons => s_allLexicons.Value;

    /// <summary>Gets a judge with the default policy.</summary>
    public static PostJudge Default { get; } = new(PolicySet.Default);

    /// <summary>Gets the policies this judge applies.</summary>
    public PolicySet Policies { get; }

    /// <summary>Judges one post.</summary>
    public Judgement Judge(PostToJudge post)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(post.Text);
        var policy = Policies.Resolve(post.Community, post.Section);
        var (document, parts, links, anyGoverned) = ReadLinks(post, policy);
        if (!anyGoverned)
        {
            var notApplicable = VerdictBuilder.NotApplicable(policy, document, links, parts, post.MetadataStatus);
            parts.Release();
            return notApplicable;
        }

        AddContext(post, parts, links);
        // The analysis is the thread's own, given back once the verdict has taken what it needs from it.
        var text = TextAnalysis.AnalyzeReusing(parts.Candidate.Text);
        // ASCII text is already cut into words with their hashes: the detector reads those instead of the characters.
        var sample = LanguageSample(text.Normalized.Value);
        var language = text.Normalized.IsIdentityMap ? LanguageDetector.DetectAscii(sample, text.Tokens, text.Hashes) : LanguageDetector.Detect(sample);
        var english = Lexicons.Lexicons.For("en");
        var lexicon = language.Supported ? Lexicons.Lexicons.For(language.Code) : english;
        bool supported = language.Supported || language.Code == "und";
        bool articleContext = parts.CardCount > 0 || parts.HasPageChrome;
        // A word or two says little about the language: filler is looked up in every language then.
        var fillerLexicons = text.CountingWords < 3 || !language.Supported ? AllLexicons : lexicon == english ? [english] : [lexicon, english];
        supported |= text.CountingWords < 3;
        var sentences = SentenceJudge.Judge(
            text, CopyIndex.Build(parts.Sources), lexicon, english, fillerLexicons, policy, _weights, articleContext, parts.HasPageChrome, supported, parts.FirstReplyOffset);

        var judgement = VerdictBuilder.Build(new JudgementInputs
        {
            Policy = policy,
            Document = document,
            Parts = parts,
            Links = links,
            Text = text,
            Sentences = sentences,
            Language = language,
            Weights = _weights,
            MetadataStatus = post.MetadataStatus,
        });
        text.Release();
        parts.Release();
        return judgement;
    }

    /// <summary>
    /// The post's links as <see cref="Judge"/> sees them, each with whether the policy governs it, without judging: for
    /// callers that gather the linked content before judging (the judge itself never fetches).
    /// </summary>
    public IReadOnlyList<JudgedLink> FindLinks(PostToJudge post)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(post.Text);
        var (_, parts, links, _) = ReadLinks(post, Policies.Resolve(post.Community, post.Section));
        parts.Release();
        return links;
    }

    private (Documents.PostDocument Document, CandidateTextBuilder Parts, JudgedLink[] Links, bool AnyGoverned) ReadLinks(PostToJudge post, JudgePolicy policy)
    {
        var format = post.Format ?? FormatDetector.Detect(post.Text);
        var document = _reader.Read(post.Text, format);
        // The builder is the thread's own: Judge and FindLinks give it back when they are done with it.
        var parts = CandidateTextBuilder.BuildReusing(document, policy.CodeCounts);
        if (document.Format == Documents.MarkupFormat.Plain || document.Outcome == Documents.ReadOutcome.ReadAsPlainText)
        {
            MediaTagScanner.AddTo(parts, document.Source, _providers);
        }

        var links = new JudgedLink[parts.Links.Count];
        bool anyGoverned = false;
        for (int i = 0; i < links.Length; i++)
        {
            links[i] = LinkGovernor.Govern(parts.Links[i], policy, _providers);
            anyGoverned |= links[i].Governed;
        }

        return (document, parts, links, anyGoverned);
    }

    /// <summary>Characters of own text the language is detected from: a paragraph tells as much as a whole article.</summary>
    private const int LanguageSampleLength = 240;

    internal static ReadOnlySpan<char> LanguageSample(string text)
    {
        if (text.Length <= LanguageSampleLength)
        {
            return text;
        }

        int cut = text.AsSpan(0, LanguageSampleLength).LastIndexOfAny(' ', '\n');
        return text.AsSpan(0, cut > LanguageSampleLength / 2 ? cut : LanguageSampleLength);
    }

    /// <summary>Adds what the caller knows (thread title, link metadata) and the links' slugs to the context sources.</summary>
    private static void AddContext(PostToJudge post, CandidateTextBuilder parts, JudgedLink[] links)
    {
        if (!string.IsNullOrWhiteSpace(post.ThreadTitle))
        {
            parts.Sources.Add(new ContextSource(ContextKind.ThreadTitle, post.ThreadTitle));
        }

        foreach (var metadata in post.Metadata)
        {
            if (!string.IsNullOrWhiteSpace(metadata.Title))
            {
                parts.Sources.Add(new ContextSource(ContextKind.Title, metadata.Title));
            }

            if (!string.IsNullOrWhiteSpace(metadata.Description))
            {
                parts.Sources.Add(new ContextSource(ContextKind.Description, metadata.Description));
            }

            if (!string.IsNullOrWhiteSpace(metadata.ArticleText))
            {
                parts.Sources.Add(new ContextSource(ContextKind.Article, metadata.ArticleText));
            }
        }

        foreach (var link in links)
        {
            if (link.Governed && UrlSlug.Words(link.Url) is { } slug)
            {
                parts.Sources.Add(new ContextSource(ContextKind.UrlSlug, slug));
            }
        }
    }
}
