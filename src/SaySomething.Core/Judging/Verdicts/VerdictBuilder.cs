using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SaySomething.Core.Documents;
using SaySomething.Core.Judging.Messages;
using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Judging.Sentences;
using SaySomething.Core.Judging.Thoughts;
using SaySomething.Core.Policies;
using SaySomething.Core.Text;

namespace SaySomething.Core.Judging.Verdicts;

/// <summary>
/// Turns what the pipeline found into a <see cref="Judgement"/>: the verdict and its reason, the confidence, the
/// own words, spans for highlighting, findings for moderators and the message for the poster.
/// </summary>
internal static class VerdictBuilder
{
    /// <summary>Confidence of verdicts that rest on structure (nothing but a link, a quote, a copy), not on scoring.</summary>
    private const double StructuralConfidence = 0.97;

    /// <summary>How fast confidence grows with the distance of the best score from the threshold.</summary>
    private const double ScoreSlope = 1.5;

    /// <summary>Confidence of a drive-by that rests on one word no lexicon knows.</summary>
    private const double LoneWordConfidence = 0.55;

    // Counts the distinct own words of one judgement at a time per thread.
    [ThreadStatic]
    private static KeySet? t_distinct;

    // Builds the own words of one judgement at a time per thread (kept while small).
    [ThreadStatic]
    private static StringBuilder? t_own;

    private const int MaxKeptBuilder = 4096;

    // "N own words counted." and "N word(s) are filler ..." for the counts most posts have, built once.
    private static readonly string?[] s_ownWordsTexts = new string?[256];
    private static readonly string?[] s_fillerTexts = new string?[256];

    public static Judgement NotApplicable(
        JudgePolicy policy, PostDocument document, IReadOnlyList<JudgedLink> links, CandidateTextBuilder parts, IReadOnlyList<LinkMetadataStatus> metadata)
    {
        if (document.Outcome == ReadOutcome.Refused)
        {
            // Too large to read: nobody can say whether it breaks the rule, so a moderator decides.
            var refused = new List<Finding>();
            AddReadNote(document, refused);
            return new Judgement
            {
                Verdict = Verdict.NeedsReview,
                Confidence = 0.5,
                Findings = refused,
                ReadNote = document.Note,
                Message = PosterMessages.Compose(policy.Locale, "needs_review", "other"),
                MetadataStatus = metadata,
            };
        }

        var findings = new List<Finding>(2) { new("no_governed_link", NoGovernedLinkText(links)) };
        AddReadNote(document, findings);
        return new Judgement
        {
            Verdict = Verdict.NotApplicable,
            Confidence = document.Outcome == ReadOutcome.Read ? 0.99 : 0.9,
            Links = links,
            Findings = findings,
            Spans = [.. parts.Marks],
            ReadNote = document.Note,
            MetadataStatus = metadata,
        };
    }

    // "None of the post's 1 link(s) needs a comment: image." for the usual post with one link: kept per reason.
    private static readonly KeptTexts<string> s_oneLinkTexts = new(StringComparer.Ordinal);

    /// <summary>Why no link needs a comment: the distinct reasons, in the order the links give them.</summary>
    private static string NoGovernedLinkText(IReadOnlyList<JudgedLink> links)
    {
        if (links.Count == 0)
        {
            return "The post has no link.";
        }

        if (links.Count == 1)
        {
            return s_oneLinkTexts.Get(links[0].Why, links[0].Why, static why => $"None of the post's 1 link(s) needs a comment: {why}.");
        }

        var reasons = new StringBuilder();
        for (int i = 0; i < links.Count; i++)
        {
            bool seen = false;
            for (int j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(links[j].Why, links[i].Why, StringComparison.Ordinal);
            }

            if (!seen)
            {
                reasons.Append(reasons.Length == 0 ? "" : "; ").Append(links[i].Why);
            }
        }

        return $"None of the post's {links.Count} link(s) needs a comment: {reasons}.";
    }

    public static Judgement Build(in JudgementInputs inputs)
    {
        var policy = inputs.Policy;
        var sentences = inputs.Sentences;
        var text = inputs.Text;
        var findings = new List<Finding>(8);
        var marks = inputs.Parts.Marks;
        var spans = new List<MarkedSpan>(marks.Count + sentences.Count);
        spans.AddRange(marks);

        var own = t_own ??= new StringBuilder(256);
        own.Clear();
        long[] ownWords = ArrayPool<long>.Shared.Rent(Math.Max(16, text.Tokens.Length));
        int ownWordTotal = 0;
        int candidateWords = 0;
        foreach (var judged in sentences)
        {
            candidateWords += judged.CountingWords;
            var (from, to) = CandidateRange(text, judged.Sentence);
            var source = inputs.Parts.Candidate.ToSource(from, to);
            bool counts = policy.Strictness == Strictness.Lenient ? judged.Class != SentenceClass.Empty : judged.Class == SentenceClass.Own;
            if (counts)
            {
                if (own.Length > 0)
                {
                    own.Append(judged.Sentence.IndexInParagraph == 0 ? '\n' : ' ');
                }

                own.Append(text.Source.AsSpan(from, to - from));
                for (int t = judged.Sentence.FirstToken; t < judged.Sentence.EndToken; t++)
                {
                    if (text.Tokens[t].Kind == TokenKind.Word && text.Counts(t))
                    {
                        ownWords[ownWordTotal++] = text.Hashes[t];
                    }
                }
            }

            if (!source.IsEmpty)
            {
                spans.Add(new MarkedSpan(source.Start, source.End, RoleOf(judged, counts), judged.Class == SentenceClass.Copied ? judged.CopiedFrom.ToName() : null));
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var copies = CopyShares(sentences, candidateWords);
        var distinct = t_distinct ??= new KeySet();
        distinct.Reset(ownWordTotal);
        distinct.AddRange(ownWords.AsSpan(0, ownWordTotal));
        ArrayPool<long>.Shared.Return(ownWords);
        int ownCount = distinct.Count;
        bool commented = ownCount >= policy.MinOwnWords && ownCount > 0;
        var deciding = Deciding(sentences, commented);
        var (reason, reasonSource) = commented ? (DriveByReason.None, (ContextKind?)null) : ReasonOf(inputs, candidateWords);
        double confidence = Confidence(inputs, commented, deciding, reason);
        var verdict = commented ? Verdict.Commented : Verdict.DriveBy;
        if (confidence < policy.ReviewBelow || inputs.Document.Outcome == ReadOutcome.ReadAsPlainText)
        {
            // Markup read as plain text (too long, too deep, too slow): quotes and cards cannot be told from the
            // poster's words, so no verdict is safe either way.
            verdict = Verdict.NeedsReview;
        }

        string kind = FirstGoverned(inputs.Links).Kind;
        string message = verdict switch
        {
            Verdict.NeedsReview => PosterMessages.Compose(policy.Locale, "needs_review", kind),
            Verdict.DriveBy => MessageFor(policy.Locale, reason, reasonSource, kind, copies),
            _ => "",
        };

        Explain(inputs, findings, sentences, copies, deciding, commented, ownCount);
        return new Judgement
        {
            Verdict = verdict,
            Reason = verdict == Verdict.DriveBy ? reason : DriveByReason.None,
            Confidence = confidence,
            OwnWords = OwnWordsText(own),
            OwnWordCount = ownCount,
            Links = inputs.Links,
            Language = inputs.Language.Code,
            LanguageSupported = inputs.Language.Supported || inputs.Language.Code == "und",
            Message = message,
            Findings = findings,
            Spans = spans,
            Copies = copies,
            Features = deciding?.Score is { } score ? Fired(score, text, inputs.Weights) : [],
            ThoughtScore = deciding?.Score?.Score,
            ReadNote = inputs.Document.Note,
            MetadataStatus = inputs.MetadataStatus,
        };
    }

    private static string OwnWordsText(StringBuilder own)
    {
        string text = own.Length == 0 ? "" : own.ToString();
        if (own.Capacity > MaxKeptBuilder)
        {
            t_own = null;
        }

        return text;
    }

    /// <summary>
    /// The poster's message. Text repeating a known source says how much and which ("82 % of your text is the video's
    /// description"); a pasted text whose source we only infer says "most of your text is the article".
    /// </summary>
    private static string MessageFor(string locale, DriveByReason reason, ContextKind? source, string kind, List<CopyShare> copies)
    {
        if (reason is DriveByReason.Copied or DriveByReason.DescriptionOnly && source is { } known)
        {
            int index = IndexOf(copies, known.ToName());
            double share = index >= 0 ? copies[index].Share : 1;
            return PosterMessages.Compose(locale, "copied", kind, share, MessageSource(known));
        }

        if (reason == DriveByReason.Copied)
        {
            return PosterMessages.Compose(locale, "copied", kind, null, kind == "article" ? "article" : "description");
        }

        return PosterMessages.Compose(locale, reason.ToName()!, kind);
    }

    private static JudgedLink FirstGoverned(IReadOnlyList<JudgedLink> links)
    {
        for (int i = 0; i < links.Count; i++)
        {
            if (links[i].Governed)
            {
                return links[i];
            }
        }

        throw new InvalidOperationException("A verdict is built only for a post with a governed link.");
    }

    /// <summary>The source named in the poster's message: a link's own text is, as far as the poster knows, the title.</summary>
    private static string MessageSource(ContextKind kind) => kind == ContextKind.LinkText ? "title" : kind.ToName();

    private static SpanRole RoleOf(JudgedSentence judged, bool counts) => counts ? SpanRole.Own : judged.Class switch
    {
        SentenceClass.Copied => SpanRole.Copied,
        SentenceClass.Headline or SentenceClass.SourceVoice => SpanRole.Caption,
        _ => SpanRole.Filler,
    };

    /// <summary>The range of candidate text a sentence covers (from its first to the end of its last token).</summary>
    private static (int From, int To) CandidateRange(TextAnalysis text, in Sentence sentence)
    {
        var first = text.Tokens[sentence.FirstToken];
        var last = text.Tokens[sentence.EndToken - 1];
        var range = text.Normalized.ToSourceRange(first.Start, last.End - first.Start, text.Source);
        var (offset, length) = range.GetOffsetAndLength(text.Source.Length);
        return (offset, offset + length);
    }

    /// <summary>The sentence whose score decided: the best own sentence, or the best-scored one that fell short.</summary>
    private static JudgedSentence? Deciding(List<JudgedSentence> sentences, bool commented)
    {
        JudgedSentence? best = null;
        foreach (var judged in sentences)
        {
            if (judged.Score is null || (commented && judged.Class != SentenceClass.Own))
            {
                continue;
            }

            if (best is null || judged.Score.Score > best.Score!.Score)
            {
                best = judged;
            }
        }

        return best;
    }

    private static double Confidence(in JudgementInputs inputs, bool commented, JudgedSentence? deciding, DriveByReason reason)
    {
        var policy = inputs.Policy;
        double confidence;
        if (policy.Strictness == Strictness.Lenient)
        {
            confidence = StructuralConfidence;
        }
        else if (!inputs.Language.Supported && inputs.Language.Code != "und")
        {
            // Counting words in a language we cannot read says little about whether they are a comment.
            confidence = commented ? 0.7 : 0.8;
        }
        else if (deciding?.Score is { } score && (commented || !IsStructural(reason)))
        {
            double margin = score.Score - inputs.Weights.Threshold(policy.Strictness);
            confidence = 1 / (1 + Math.Exp(-ScoreSlope * Math.Abs(margin)));
            confidence = Math.Max(confidence, 0.5);
        }
        else
        {
            confidence = StructuralConfidence;
        }

        if (!commented && inputs.Sentences.Exists(s => s.Uncertain))
        {
            // A lone unknown word ("Mood.") may be a reaction a member would defend: a moderator should decide.
            confidence = Math.Min(confidence, LoneWordConfidence);
        }

        return inputs.Document.Outcome == ReadOutcome.Read ? confidence : Math.Min(confidence, 0.8);
    }

    private static bool IsStructural(DriveByReason reason) => reason is DriveByReason.NoText or DriveByReason.QuoteOnly or DriveByReason.FillerOnly or DriveByReason.Copied;

    /// <summary>Why a post without own words is a drive-by: what carries the text that is there.</summary>
    private static (DriveByReason Reason, ContextKind? Source) ReasonOf(in JudgementInputs inputs, int candidateWords)
    {
        var sentences = inputs.Sentences;
        int filler = 0, title = 0, description = 0, copied = 0, voice = 0;
        ContextKind? titleSource = null, descriptionSource = null, copiedSource = null;
        foreach (var judged in sentences)
        {
            switch (judged.Class)
            {
                case SentenceClass.Filler:
                    filler += judged.CountingWords;
                    break;
                case SentenceClass.Copied when judged.CopiedFrom.IsTitle():
                    title += judged.CountingWords;
                    titleSource ??= judged.CopiedFrom;
                    break;
                case SentenceClass.Copied when judged.CopiedFrom.IsDescription():
                    description += judged.CountingWords;
                    descriptionSource ??= judged.CopiedFrom;
                    break;
                case SentenceClass.Copied:
                    copied += judged.CountingWords;
                    copiedSource ??= judged.CopiedFrom;
                    break;
                case SentenceClass.Headline:
                    title += judged.CountingWords;
                    break;
                case SentenceClass.SourceVoice:
                    voice += judged.CountingWords;
                    break;
            }
        }

        bool quoted = inputs.Parts.QuoteCount > 0;
        if (candidateWords == 0 || title + description + copied + voice == 0)
        {
            if (quoted)
            {
                return (DriveByReason.QuoteOnly, null);
            }

            return filler > 0 || candidateWords > 0 || HasPaddingOrEmoji(inputs.Text) ? (DriveByReason.FillerOnly, null) : (DriveByReason.NoText, null);
        }

        // Text in a source's voice under an article (a card, a page copy, a news link) is the article pasted.
        bool article = inputs.Parts.CardCount > 0 || inputs.Parts.HasPageChrome || AllGovernedAreArticles(inputs.Links);
        if (article)
        {
            copied += voice;
        }
        else
        {
            description += voice;
        }

        if (copied >= title && copied >= description)
        {
            return (DriveByReason.Copied, copiedSource);
        }

        if (title > 0 && description > 0 && article)
        {
            // A headline plus its lede.
            return (DriveByReason.Copied, copiedSource);
        }

        return description > title ? (DriveByReason.DescriptionOnly, descriptionSource) : (DriveByReason.TitleOnly, titleSource);
    }

    private static bool AllGovernedAreArticles(IReadOnlyList<JudgedLink> links)
    {
        for (int i = 0; i < links.Count; i++)
        {
            if (links[i].Governed && links[i].Kind != "article")
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasPaddingOrEmoji(TextAnalysis text)
    {
        if (text.Padding != PaddingTechnique.None && (text.Padding & ~PaddingTechnique.PunctuationRun) != 0)
        {
            return true;
        }

        foreach (var token in text.Tokens)
        {
            if (token.Kind is TokenKind.Emoji or TokenKind.Number or TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How much of the text repeats each source, most first (sources in order of first appearance on ties).</summary>
    private static List<CopyShare> CopyShares(List<JudgedSentence> sentences, int candidateWords)
    {
        var shares = new List<CopyShare>();
        foreach (var judged in sentences)
        {
            if (judged.Class != SentenceClass.Copied)
            {
                continue;
            }

            string source = judged.CopiedFrom.ToName();
            int index = IndexOf(shares, source);
            int words = judged.CountingWords + (index >= 0 ? shares[index].Words : 0);
            var share = new CopyShare(source, candidateWords == 0 ? 0 : Math.Min(1, (double)words / candidateWords), words);
            if (index >= 0)
            {
                shares[index] = share;
            }
            else
            {
                shares.Add(share);
            }
        }

        if (shares.Count > 1)
        {
            // Stable, like the OrderByDescending it replaces.
            return [.. shares.OrderByDescending(c => c.Words)];
        }

        return shares;
    }

    private static int IndexOf(List<CopyShare> shares, string source)
    {
        for (int i = 0; i < shares.Count; i++)
        {
            if (shares[i].Source == source)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<FiredFeature> Fired(SentenceScore score, TextAnalysis text, ThoughtWeights weights)
    {
        var fired = new List<FiredFeature>(score.FiredCount);
        for (int i = 0; i < ThoughtWeights.FeatureCount; i++)
        {
            var feature = (ThoughtFeature)i;
            int token = score.EvidenceOf(feature);
            if (token == -1)
            {
                continue;
            }

            string? evidence = token >= 0 ? Evidence(text, token) : null;
            fired.Add(new FiredFeature(ThoughtWeights.NameOf(feature), weights[feature], evidence));
        }

        fired.Sort((a, b) => Math.Abs(b.Weight).CompareTo(Math.Abs(a.Weight)));
        return fired;
    }

    private static string Evidence(TextAnalysis text, int token)
    {
        var t = text.Tokens[token];
        var (offset, length) = text.Normalized.ToSourceRange(t.Start, t.Length, text.Source).GetOffsetAndLength(text.Source.Length);
        return text.Source.Substring(offset, length);
    }

    private static void Explain(
        in JudgementInputs inputs, List<Finding> findings, List<JudgedSentence> sentences, List<CopyShare> copies,
        JudgedSentence? deciding, bool commented, int ownCount)
    {
        var links = inputs.Links;
        for (int i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (!link.Governed)
            {
                continue;
            }

            findings.Add(new Finding("governed_link", GovernedText(link), link.Start, link.End));
        }

        findings.Add(new Finding("own_words", CountText(s_ownWordsTexts, ownCount, static n => n == 1 ? "1 own word counted." : $"{n} own words counted.")));
        foreach (var copy in copies)
        {
            findings.Add(new Finding("copied_from_" + copy.Source,
                string.Create(CultureInfo.InvariantCulture, $"{copy.Share:P0} of the text ({copy.Words} words) repeats the {copy.Source.Replace('_', ' ')}.")));
        }

        int filler = 0, voice = 0, headlines = 0;
        foreach (var judged in sentences)
        {
            filler += judged.Class == SentenceClass.Filler ? judged.CountingWords : 0;
            voice += judged.Class == SentenceClass.SourceVoice ? 1 : 0;
            headlines += judged.Class == SentenceClass.Headline ? 1 : 0;
        }

        if (filler > 0)
        {
            findings.Add(new Finding("filler", CountText(s_fillerTexts, filler, static n => $"{n} word(s) are filler that says nothing about the content.")));
        }

        if (inputs.Text.Padding != PaddingTechnique.None)
        {
            findings.Add(new Finding("padding", $"Padding ignored: {inputs.Text.Padding}."));
        }

        if (inputs.Text.Normalized.Counts.InvisibleRemoved > 0)
        {
            findings.Add(new Finding("invisible_characters", $"{inputs.Text.Normalized.Counts.InvisibleRemoved} invisible character(s) removed."));
        }

        if (inputs.Parts.Marks.Exists(m => m.Role == SpanRole.Hidden))
        {
            findings.Add(new Finding("hidden_text", "Text hidden by formatting does not count."));
        }

        if (inputs.Parts.QuoteCount > 0)
        {
            findings.Add(new Finding("quote", $"{inputs.Parts.QuoteCount} quote(s) of someone else do not count."));
        }

        if (voice > 0)
        {
            findings.Add(new Finding("source_voice", $"{voice} sentence(s) read as a caption or report in the source's voice, not as the poster's view."));
        }

        if (headlines > 0)
        {
            findings.Add(new Finding("headline", $"{headlines} line(s) are shaped like a headline."));
        }

        if (deciding?.Score is { } score)
        {
            findings.Add(new Finding(commented ? "thought" : "no_thought", ScoreText(score, inputs.Weights.ThresholdText(inputs.Policy.Strictness))));
        }

        if (!inputs.Language.Supported && inputs.Language.Code != "und")
        {
            findings.Add(new Finding("language_unsupported", $"Language '{inputs.Language.Code}' is not supported by the thought scorer; own words were counted instead."));
        }

        AddReadNote(inputs.Document, findings);
        AddMissingMetadata(inputs.MetadataStatus, findings);
    }

    /// <summary>A text that depends only on a count, built once per count for the counts most posts have.</summary>
    private static string CountText(string?[] cache, int count, Func<int, string> build)
    {
        if ((uint)count >= (uint)cache.Length)
        {
            return build(count);
        }

        // A race builds the same text twice; either copy is right.
        return cache[count] ??= build(count);
    }

    // Scores are sums of a few weights, so the same score and features come back post after post.
    private static readonly KeptTexts<(long Score, uint Fired, string Threshold)> s_scoreTexts = new();

    /// <summary>"Best sentence scores 1.2 (threshold 0.5): first_person, question."</summary>
    private static string ScoreText(SentenceScore score, string threshold)
    {
        var key = (BitConverter.DoubleToInt64Bits(score.Score), score.FiredMask, threshold);
        return s_scoreTexts.Get(key, (score, threshold), static state => BuildScoreText(state.score, state.threshold));
    }

    private static string BuildScoreText(SentenceScore score, string threshold)
    {
        var handler = new DefaultInterpolatedStringHandler(40, 3, CultureInfo.InvariantCulture, stackalloc char[256]);
        handler.AppendLiteral("Best sentence scores ");
        handler.AppendFormatted(score.Score, "0.##");
        handler.AppendLiteral(" (threshold ");
        handler.AppendLiteral(threshold);
        handler.AppendLiteral("): ");
        if (score.FiredCount == 0)
        {
            handler.AppendLiteral("no feature fired");
        }
        else
        {
            bool first = true;
            for (int i = 0; i < ThoughtWeights.FeatureCount; i++)
            {
                if (score.EvidenceOf((ThoughtFeature)i) == -1)
                {
                    continue;
                }

                if (!first)
                {
                    handler.AppendLiteral(", ");
                }

                handler.AppendLiteral(ThoughtWeights.NameOf((ThoughtFeature)i));
                first = false;
            }
        }

        handler.AppendLiteral(".");
        return handler.ToStringAndClear();
    }

    /// <summary>A verdict made without the linked content says so: a copy of it could not be seen.</summary>
    private static void AddMissingMetadata(IReadOnlyList<LinkMetadataStatus> metadata, List<Finding> findings)
    {
        // An index loop: no enumerator for the usual empty list.
        for (int i = 0; i < metadata.Count; i++)
        {
            var status = metadata[i];
            if (!status.Available && status.State != MetadataState.Off)
            {
                string why = status.Detail is null ? LinkMetadataStatus.StateName(status.State).Replace('_', ' ') : status.Detail;
                findings.Add(new Finding("metadata_unavailable", $"Judged without the content of {status.Url}: {why}."));
            }
        }
    }

    // "youtube video needs a comment (video)." comes from a few providers, kinds and reasons: kept once each.
    private static readonly KeptTexts<(string Provider, string Kind, string Why)> s_governedTexts = new();

    private static string GovernedText(JudgedLink link)
    {
        if (link.Provider is not { } provider)
        {
            // Described by its address, which is the post's own.
            return $"{Describe(link)} needs a comment ({link.Why}).";
        }

        return s_governedTexts.Get((provider, link.Kind, link.Why), link, static link => $"{Describe(link)} needs a comment ({link.Why}).");
    }

    private static string Describe(JudgedLink link) =>
        link.Provider is null ? (link.Url ?? "An embedded item") : $"{link.Provider} {link.Kind.Replace('_', ' ')}";

    private static void AddReadNote(PostDocument document, List<Finding> findings)
    {
        if (document.Note is { } note)
        {
            findings.Add(new Finding(document.Outcome == ReadOutcome.Refused ? "refused" : "read_as_plain_text", note));
        }
    }
}
