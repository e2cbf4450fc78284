using SaySomething.Core.Judging.Copying;
using SaySomething.Core.Judging.Lexicons;
using SaySomething.Core.Judging.Thoughts;
using SaySomething.Core.Policies;
using SaySomething.Core.Text;

namespace SaySomething.Core.Judging.Sentences;

/// <summary>
/// Classifies each sentence of candidate text: empty, filler, copied from context, a headline, text in a source's
/// voice, or the poster's own words; scores the ones that need it with the thought scorer.
/// </summary>
internal static class SentenceJudge
{
    /// <summary>A paragraph this long, in a post copied from a page or shown with a card, reads as article text.</summary>
    private const int ArticleParagraphWords = 40;

    /// <summary>A paragraph of several sentences this long with no personal voice at all reads as a report.</summary>
    private const int NeutralParagraphWords = 30;

    /// <summary>A run of voiceless sentences across paragraphs this long reads as a report.</summary>
    private const int ReportRunWords = 40;

    /// <summary>Sentences shorter than this keep their chance inside a report run.</summary>
    private const int ReportSentenceWords = 10;

    public static List<JudgedSentence> Judge(
        TextAnalysis text, CopyIndex copies, LanguageLexicon lexicon, LanguageLexicon english, IReadOnlyList<LanguageLexicon> fillerLexicons,
        JudgePolicy policy, ThoughtWeights weights, bool articleContext, bool pageCopy, bool languageSupported, int replyFrom = int.MaxValue)
    {
        // The sentences and scores are the thread's own, reused by the next call: the caller reads them and lets go.
        var pool = SentencePool.Start();
        var result = pool.Result;
        var paragraphWords = new int[text.ParagraphCount + 1];
        var buffers = WordBuffers.For(text.Tokens.Length);
        int[] wordBuffer = buffers.Words;
        long[] hashBuffer = buffers.Hashes;
        bool[] fillerBuffer = buffers.Filler;
        long[] copyBuffer = buffers.CopyHashes;
        WordMasks[] maskBuffer = buffers.Masks;
        var pair = LexiconPair.For(lexicon, english);

        // Filler is looked up in the pair's lexicons with the masks already read, unless a short or unsupported text
        // asks every language.
        bool fillerFromPair = fillerLexicons.Count <= 2;
        for (int i = 0; i < fillerLexicons.Count; i++)
        {
            fillerFromPair &= fillerLexicons[i] == lexicon || fillerLexicons[i] == english;
        }

        var tokens = text.Tokens;
        var tokenHashes = text.Hashes;
        var tokenPadding = text.PaddingOf;
        for (int s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            int count = 0, counting = 0;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (tokens[t].Kind == TokenKind.Word)
                {
                    long hash = tokenHashes[t];
                    wordBuffer[count] = t;
                    hashBuffer[count] = hash;
                    maskBuffer[count] = pair.Lookup(hash);
                    counting += tokenPadding[t] == PaddingTechnique.None ? 1 : 0;
                    count++;
                }
            }

            var words = wordBuffer.AsSpan(0, count);
            var hashes = hashBuffer.AsSpan(0, count);
            var filler = fillerBuffer.AsSpan(0, count);
            var masks = maskBuffer.AsSpan(0, count);
            paragraphWords[sentence.Paragraph] += count;
            var judged = pool.Sentence(sentence, count, counting);
            result.Add(judged);
            if (counting == 0)
            {
                judged.Class = SentenceClass.Empty;
                continue;
            }

            var copy = copies.IsEmpty ? default : copies.Match(CopyHashes(text, words, copyBuffer));
            judged.CopiedWords = copy.Covered;
            if (copy.Kind is { } kind && copy.Covered >= Math.Max(1, count * policy.CopiedShare))
            {
                judged.Class = SentenceClass.Copied;
                judged.CopiedFrom = kind;
                continue;
            }

            judged.FillerWords = fillerFromPair ? MarkFiller(text, words, hashes, masks, filler, pair) : MarkFiller(text, words, hashes, filler, fillerLexicons);
            int padding = count - counting;
            if (judged.FillerWords >= counting || OnlyFunctionWordsBesideFiller(words, masks, filler, text) ||
                (counting - judged.FillerWords <= 1 && count >= 3 && (padding + judged.FillerWords) * 3 >= count * 2))
            {
                judged.Class = SentenceClass.Filler;
                continue;
            }

            var score = pool.Score();
            FeatureReader.Read(text, sentence, words, hashes, masks, filler, lexicon, english, firstOfText: s == 0, score, replyFrom);
            judged.Score = score;
        }

        AbsorbShortNeighbours(result, text, copies);
        ReadParagraphs(result, paragraphWords, articleContext, pageCopy);
        MarkReportRuns(result);
        foreach (var judged in result)
        {
            if (judged.Score is not { } score)
            {
                continue;
            }

            score.Total(weights);
            if (judged.Words == 1 && score.FiredCount == 0)
            {
                // One word nothing is known about: "Sharing.", "Mood.", "F". Not a thought we can see; not sure it is filler.
                judged.Class = SentenceClass.Filler;
                judged.Uncertain = true;
                continue;
            }

            judged.Class = IsOwn(judged, score, policy, weights, languageSupported) ? SentenceClass.Own
                : score.Has(ThoughtFeature.TitleShape) ? SentenceClass.Headline
                : SentenceClass.SourceVoice;
        }

        return result;
    }

    /// <summary>The judged sentences and scores of one call, kept per thread and reused by the next.</summary>
    private sealed class SentencePool
    {
        private const int MaxKept = 4096;

        [ThreadStatic]
        private static SentencePool? t_kept;

        private readonly List<JudgedSentence> _sentences = [];
        private readonly List<SentenceScore> _scores = [];
        private int _usedSentences;
        private int _usedScores;

        public List<JudgedSentence> Result { get; } = [];

        public static SentencePool Start()
        {
            var pool = t_kept;
            if (pool is null || pool._sentences.Count > MaxKept || pool._scores.Count > MaxKept)
            {
                pool = t_kept = new SentencePool();
            }

            pool.Result.Clear();
            pool._usedSentences = 0;
            pool._usedScores = 0;
            return pool;
        }

        public JudgedSentence Sentence(Sentence sentence, int words, int countingWords)
        {
            if (_usedSentences < _sentences.Count)
            {
                var kept = _sentences[_usedSentences++];
                kept.Reset(sentence, words, countingWords);
                return kept;
            }

            var judged = new JudgedSentence(sentence, words, countingWords);
            _sentences.Add(judged);
            _usedSentences++;
            return judged;
        }

        public SentenceScore Score()
        {
            if (_usedScores < _scores.Count)
            {
                var kept = _scores[_usedScores++];
                kept.Reset();
                return kept;
            }

            var score = new SentenceScore();
            _scores.Add(score);
            _usedScores++;
            return score;
        }
    }

    /// <summary>
    /// The per-sentence word arrays, one set per thread: a sentence's words are copied in, read and dropped before the
    /// next sentence, so one judgement at a time on a thread can share them. Kept for texts of up to
    /// <see cref="MaxKeptTokens"/> tokens; a longer text gets arrays of its own.
    /// </summary>
    private sealed class WordBuffers
    {
        private const int MaxKeptTokens = 4096;

        [ThreadStatic]
        private static WordBuffers? t_kept;

        private WordBuffers(int size)
        {
            Words = new int[size];
            Hashes = new long[size];
            Filler = new bool[size];
            CopyHashes = new long[size];
            Masks = new WordMasks[size];
        }

        public int[] Words { get; }

        public long[] Hashes { get; }

        public bool[] Filler { get; }

        public long[] CopyHashes { get; }

        public WordMasks[] Masks { get; }

        public static WordBuffers For(int tokens)
        {
            if (tokens > MaxKeptTokens)
            {
                return new WordBuffers(tokens);
            }

            var kept = t_kept;
            if (kept is null || kept.Words.Length < tokens)
            {
                kept = t_kept = new WordBuffers(Math.Max(256, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)tokens)));
            }

            return kept;
        }
    }

    private static bool IsOwn(JudgedSentence judged, SentenceScore score, JudgePolicy policy, ThoughtWeights weights, bool languageSupported)
    {
        // Lenient counts words, and so does a language the scorer has no lexicon for.
        if (policy.Strictness == Strictness.Lenient || !languageSupported)
        {
            return judged.CountingWords > 0;
        }

        return score.Score >= weights.Threshold(policy.Strictness);
    }

    /// <summary>Features that depend on the paragraph: caption continuation, article paragraphs, neutral paragraphs.</summary>
    private static void ReadParagraphs(List<JudgedSentence> sentences, int[] paragraphWords, bool articleContext, bool pageCopy)
    {
        int paragraph = -1;
        bool captionParagraph = false;
        for (int i = 0; i < sentences.Count; i++)
        {
            var judged = sentences[i];
            if (judged.Sentence.Paragraph != paragraph)
            {
                paragraph = judged.Sentence.Paragraph;
                captionParagraph = judged.Score?.Has(ThoughtFeature.CaptionOpener) == true;
            }
            else if (captionParagraph && judged.Score is { } continued)
            {
                continued.Fire(ThoughtFeature.CaptionContinuation);
            }

            if (pageCopy || (articleContext && paragraphWords[paragraph] >= ArticleParagraphWords))
            {
                judged.Score?.Fire(ThoughtFeature.ArticleParagraph);
            }
        }
    }

    /// <summary>
    /// Marks report text: a run of sentences (across paragraphs) none of which speaks as a person, three or more
    /// and 40+ words long, or two or more in one paragraph and 30+ words long. Short sentences in the run keep their
    /// chance when they stand in a paragraph of their own: a terse remark after a pasted paragraph ("Enforcement, not
    /// more paper.") is the poster's.
    /// </summary>
    private static void MarkReportRuns(List<JudgedSentence> sentences)
    {
        int start = 0;
        while (start < sentences.Count)
        {
            if (sentences[start].Score is not { } first || first.HasPersonalVoice)
            {
                start++;
                continue;
            }

            int end = start, words = 0;
            bool oneParagraph = true;
            while (end < sentences.Count && sentences[end].Score is { HasPersonalVoice: false })
            {
                words += sentences[end].Words;
                oneParagraph &= sentences[end].Sentence.Paragraph == sentences[start].Sentence.Paragraph;
                end++;
            }

            int count = end - start;
            if ((count >= 3 && words >= ReportRunWords) || (oneParagraph && count >= 2 && words >= NeutralParagraphWords))
            {
                for (int i = start; i < end; i++)
                {
                    if (oneParagraph || sentences[i].Words >= ReportSentenceWords)
                    {
                        sentences[i].Score!.Fire(ThoughtFeature.NeutralParagraph);
                    }
                }
            }

            start = end;
        }
    }

    /// <summary>
    /// A sentence of a word or two between sentences copied from one source ("Увага!" opening a pasted channel post)
    /// is part of the copy when the source has its words: one word alone is never compared, so it needs its neighbours.
    /// </summary>
    private static void AbsorbShortNeighbours(List<JudgedSentence> sentences, TextAnalysis text, CopyIndex copies)
    {
        Span<long> words = stackalloc long[2];
        for (int i = 0; i < sentences.Count; i++)
        {
            var judged = sentences[i];
            if (judged.Score is null || judged.Words is 0 or > 2)
            {
                continue;
            }

            var neighbour = i > 0 && sentences[i - 1] is { Class: SentenceClass.Copied } before && before.Sentence.Paragraph == judged.Sentence.Paragraph ? before
                : i + 1 < sentences.Count && sentences[i + 1] is { Class: SentenceClass.Copied } after && after.Sentence.Paragraph == judged.Sentence.Paragraph ? after
                : null;
            if (neighbour is null)
            {
                continue;
            }

            int count = 0;
            for (int t = judged.Sentence.FirstToken; t < judged.Sentence.EndToken && count < 2; t++)
            {
                if (text.Tokens[t].Kind == TokenKind.Word)
                {
                    words[count++] = text.CopyHashes[t];
                }
            }

            if (copies.ContainsAll(neighbour.CopiedFrom, words[..count]))
            {
                judged.Class = SentenceClass.Copied;
                judged.CopiedFrom = neighbour.CopiedFrom;
                judged.CopiedWords = count;
                judged.Score = null;
            }
        }
    }

    private static ReadOnlySpan<long> CopyHashes(TextAnalysis text, ReadOnlySpan<int> words, long[] buffer)
    {
        for (int j = 0; j < words.Length; j++)
        {
            buffer[j] = text.CopyHashes[words[j]];
        }

        return buffer.AsSpan(0, words.Length);
    }

    /// <summary>"Watch from 12:40", "this is it": filler plus words that carry no content (function words, @handles).</summary>
    private static bool OnlyFunctionWordsBesideFiller(ReadOnlySpan<int> words, ReadOnlySpan<WordMasks> masks, ReadOnlySpan<bool> filler, TextAnalysis text)
    {
        bool anyFiller = false;
        for (int j = 0; j < masks.Length; j++)
        {
            if (filler[j])
            {
                anyFiller = true;
                continue;
            }

            if (!IsHandle(text, words[j]) && !LanguageLexicon.IsSingle(masks[j].Own, LexiconCategory.FunctionWord)
                && !LanguageLexicon.IsSingle(masks[j].English, LexiconCategory.FunctionWord))
            {
                return false;
            }
        }

        return anyFiller;
    }

    /// <summary>A word written right after '@' (a handle such as "@frontline_daily"): a name, not a word of comment.</summary>
    private static bool IsHandle(TextAnalysis text, int token) =>
        token > 0 && text.Tokens[token - 1] is { Kind: TokenKind.Punctuation } before && before.End == text.Tokens[token].Start
        && text.Normalized.Value[before.End - 1] == '@';

    /// <summary>Marks the words covered by filler phrases of any of <paramref name="lexicons"/>; returns how many counting words are filler.</summary>
    private static int MarkFiller(
        TextAnalysis text, ReadOnlySpan<int> words, ReadOnlySpan<long> hashes, Span<bool> filler, IReadOnlyList<LanguageLexicon> lexicons)
    {
        filler.Clear();
        int count = 0;
        for (int j = 0; j < hashes.Length;)
        {
            int length = 0;
            for (int i = 0; i < lexicons.Count; i++)
            {
                // Indexed: a foreach over the interface would allocate an enumerator per word.
                length = Math.Max(length, lexicons[i].MatchPhrase(LexiconCategory.Filler, hashes, j, lexicons[i].MaskOf(hashes[j])));
            }

            count += MarkFillerAt(text, words, filler, ref j, length);
        }

        return count;
    }

    /// <summary>The same, with the filler of the pair's two lexicons and the words' masks already looked up.</summary>
    private static int MarkFiller(
        TextAnalysis text, ReadOnlySpan<int> words, ReadOnlySpan<long> hashes, ReadOnlySpan<WordMasks> masks, Span<bool> filler, LexiconPair pair)
    {
        filler.Clear();
        bool same = pair.Own == pair.English;
        int count = 0;
        for (int j = 0; j < hashes.Length;)
        {
            // Most words start no filler entry in either lexicon: one test of both masks skips them.
            int length = 0;
            if (LanguageLexicon.MayMatch(masks[j].Own | masks[j].English, LexiconCategory.Filler))
            {
                length = pair.Own.MatchPhrase(LexiconCategory.Filler, hashes, j, masks[j].Own);
                if (!same)
                {
                    length = Math.Max(length, pair.English.MatchPhrase(LexiconCategory.Filler, hashes, j, masks[j].English));
                }
            }

            count += MarkFillerAt(text, words, filler, ref j, length);
        }

        return count;
    }

    /// <summary>Marks a filler match of <paramref name="length"/> words at <paramref name="j"/> (or a padding word) and moves past it.</summary>
    private static int MarkFillerAt(TextAnalysis text, ReadOnlySpan<int> words, Span<bool> filler, ref int j, int length)
    {
        if (length == 0)
        {
            // A word that does not count (padding) is neither filler nor comment.
            if (!text.Counts(words[j]))
            {
                filler[j] = true;
            }

            j++;
            return 0;
        }

        int count = 0;
        for (int k = j; k < j + length; k++)
        {
            filler[k] = true;
            count += text.Counts(words[k]) ? 1 : 0;
        }

        j += length;
        return count;
    }
}
