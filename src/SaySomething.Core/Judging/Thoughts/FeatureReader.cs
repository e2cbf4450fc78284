using SaySomething.Core.Judging.Lexicons;
using SaySomething.Core.Judging.Sentences;
using SaySomething.Core.Text;

namespace SaySomething.Core.Judging.Thoughts;

/// <summary>
/// Reads the <see cref="ThoughtFeature"/>s of one sentence from its words, the language's lexicon (and English's:
/// internet English is everywhere) and the way the words were written (capitals, figures, punctuation).
/// </summary>
internal static class FeatureReader
{
    /// <summary>Shortest sentence, in words, in which reporting words count as a source's voice.</summary>
    private const int ReportingMinWords = 8;

    /// <summary>
    /// Fewest words of a question that asks something about the content: "Opinions?" and "Thoughts?" are filler,
    /// "Same brigade as last week?" is a comment.
    /// </summary>
    private const int MinQuestionWords = 3;

    /// <summary>Longest sentence whose question-word opening reads as a question rather than a clause ("Why ... ?" vs "When the war began, ...").</summary>
    private const int QuestionFormMaxWords = 20;

    /// <summary>Longest sentence in which a one-word sarcasm marker ("sure", "totally") counts.</summary>
    private const int SarcasmWordMaxSentence = 8;

    /// <summary>Longest sentence in which filler words mark internet register rather than a report's wording.</summary>
    private const int InformalMaxWords = 15;

    /// <summary>Shortest sentence in which a passive reads as a report ("nobody is shocked" is a remark).</summary>
    private const int PassiveMinWords = 10;

    /// <summary>A sentence this long reads like written prose rather than a forum remark.</summary>
    private const int LongSentenceWords = 22;


    /// <summary>
    /// Fires the sentence's own features. <paramref name="words"/> are the token indices of its words,
    /// <paramref name="hashes"/> their comparison hashes, <paramref name="masks"/> what <paramref name="lexicon"/> and
    /// <paramref name="english"/> know of them (<see cref="LexiconPair"/>), <paramref name="filler"/> which of them are filler.
    /// </summary>
    public static void Read(
        TextAnalysis text, in Sentence sentence, ReadOnlySpan<int> words, ReadOnlySpan<long> hashes, ReadOnlySpan<WordMasks> masks,
        ReadOnlySpan<bool> filler, LanguageLexicon lexicon, LanguageLexicon english, bool firstOfText, SentenceScore score,
        int replyFrom = int.MaxValue)
    {
        if (text.Normalized.SourceIndexOf(text.Tokens[sentence.FirstToken].Start) >= replyFrom)
        {
            score.Fire(ThoughtFeature.ReplyToQuote);
        }

        int fillerWords = 0;
        foreach (bool f in filler)
        {
            fillerWords += f ? 1 : 0;
        }

        int reporting = 0, reportingToken = -1;
        Span<bool> quoted = hashes.Length <= 256 ? stackalloc bool[hashes.Length] : new bool[hashes.Length];
        MarkQuoted(text, sentence, words, quoted);
        bool same = ReferenceEquals(lexicon, english);
        for (int j = 0; j < hashes.Length; j++)
        {
            int token = words[j];
            var known = masks[j];
            uint own = known.Own, en = same ? 0 : known.English;
            if (((own | en) & LanguageLexicon.ContentCategories) == 0 && !known.Calendar)
            {
                // In no list: nothing below can fire on this word except its case.
                if (text.Has(token, WordShape.MockingCase))
                {
                    score.Fire(ThoughtFeature.MockingCase, token);
                }

                continue;
            }

            if (quoted[j])
            {
                // Words inside a quotation are someone else's: "For me to agree ..." in a pasted article is not the poster's "me".
                continue;
            }

            var at = new WordAt(hashes, masks, j, lexicon, english);
            Fire(at, LexiconCategory.FirstPerson, ThoughtFeature.FirstPerson, token, score);
            Fire(at, LexiconCategory.SecondPerson, ThoughtFeature.SecondPerson, token, score);
            Fire(at, LexiconCategory.Evaluative, ThoughtFeature.Evaluative, token, score);
            if (!score.Has(ThoughtFeature.Stance) && at.Match(LexiconCategory.Stance) is var stance and > 0
                && (stance > 1 || j <= 1 || HasFirstPerson(hashes, masks, lexicon, english)))
            {
                // "Carmakers hope to ..." reports someone else's stance; the poster's is "I hope", "Hope they ...", "called it".
                score.Fire(ThoughtFeature.Stance, token);
            }

            Fire(at, LexiconCategory.Hedge, ThoughtFeature.Hedge, token, score);
            if (!score.Has(ThoughtFeature.Sarcasm) && at.Match(LexiconCategory.Sarcasm) is var sarcasm and > 0
                && (sarcasm > 1 || hashes.Length <= SarcasmWordMaxSentence))
            {
                // "Sure." or "Totally." is sarcasm in a remark; "to make sure" in a report is not.
                score.Fire(ThoughtFeature.Sarcasm, token);
            }

            if (hashes.Length >= ReportingMinWords && at.Match(LexiconCategory.Reporting) > 0)
            {
                // "he said 'withdraw'" is the poster talking; a report attributes twice ("officials said", "according to ... reported").
                reporting++;
                reportingToken = reportingToken < 0 ? token : reportingToken;
            }

            if (hashes.Length >= PassiveMinWords && at.Match(LexiconCategory.PassiveAuxiliary) > 0
                && IsParticipleWithin(text, words, j + 1, 2))
            {
                score.Fire(ThoughtFeature.Passive, token);
            }

            if (text.Has(token, WordShape.MockingCase))
            {
                score.Fire(ThoughtFeature.MockingCase, token);
            }

            if (known.Calendar && (NumberNear(text, token) || hashes.Length >= ReportingMinWords))
            {
                // "June 21", "on Friday" in a sentence of a report; "see you in March" in a remark is too short to count.
                score.Fire(ThoughtFeature.Date, token);
            }
        }

        if (reporting >= 2)
        {
            score.Fire(ThoughtFeature.Reporting, reportingToken);
        }

        ReadShape(text, sentence, words, hashes, masks, filler, fillerWords, firstOfText, lexicon, english, score);
    }

    /// <summary>A word of a sentence with its lexicon masks, so each category costs a lookup only where it can match.</summary>
    private readonly ref struct WordAt(ReadOnlySpan<long> hashes, ReadOnlySpan<WordMasks> masks, int at, LanguageLexicon lexicon, LanguageLexicon english)
    {
        private readonly ReadOnlySpan<long> _hashes = hashes;
        private readonly ReadOnlySpan<WordMasks> _masks = masks;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Match(LexiconCategory category) => FeatureReader.Match(category, _hashes, _masks, at, lexicon, english);
    }

    private static void Fire(in WordAt at, LexiconCategory category, ThoughtFeature feature, int token, SentenceScore score)
    {
        if (!score.Has(feature) && at.Match(category) > 0)
        {
            score.Fire(feature, token);
        }
    }

    private static bool HasFirstPerson(ReadOnlySpan<long> hashes, ReadOnlySpan<WordMasks> masks, LanguageLexicon lexicon, LanguageLexicon english)
    {
        for (int j = 0; j < hashes.Length; j++)
        {
            if (Match(LexiconCategory.FirstPerson, hashes, masks, j, lexicon, english) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // The masks are the lexicons' own (LexiconPair): passing them saves both lookups, and one test of both masks skips
    // the lexicons for a word that starts no entry of the category (most words, for most categories).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Match(LexiconCategory category, ReadOnlySpan<long> hashes, ReadOnlySpan<WordMasks> masks, int at, LanguageLexicon lexicon, LanguageLexicon english) =>
        !LanguageLexicon.MayMatch(masks[at].Own | masks[at].English, category) ? 0 : Math.Max(
            lexicon.MatchPhrase(category, hashes, at, masks[at].Own),
            ReferenceEquals(lexicon, english) ? 0 : english.MatchPhrase(category, hashes, at, masks[at].English));

    private static void ReadShape(
        TextAnalysis text, in Sentence sentence, ReadOnlySpan<int> words, ReadOnlySpan<long> hashes, ReadOnlySpan<WordMasks> masks, ReadOnlySpan<bool> filler, int fillerWords,
        bool firstOfText, LanguageLexicon lexicon, LanguageLexicon english, SentenceScore score)
    {
        int wordCount = words.Length;
        bool cjk = lexicon.Code is "ja" or "zh";
        if (sentence.Terminator == '?' && fillerWords < wordCount && (wordCount >= MinQuestionWords || cjk))
        {
            score.Fire(ThoughtFeature.Question);
        }

        if (wordCount >= MinQuestionWords && wordCount <= QuestionFormMaxWords && Match(LexiconCategory.QuestionWord, hashes, masks, 0, lexicon, english) > 0)
        {
            score.Fire(ThoughtFeature.QuestionForm, words[0]);
        }

        if (sentence.Terminator == '!')
        {
            score.Fire(ThoughtFeature.Exclamation);
        }

        if (fillerWords > 0 && wordCount - fillerWords >= 2 && wordCount <= InformalMaxWords && (filler[0] || filler[^1])
            && HasInformalFiller(masks, filler))
        {
            score.Fire(ThoughtFeature.Informal);
        }

        // Caption openers: at the start, or after a lost first letter ("n a new episode of ...").
        int start = 0;
        if (firstOfText && wordCount > 1 && IsTruncatedStart(text, words[0], masks[0]))
        {
            score.Fire(ThoughtFeature.TruncatedStart, words[0]);
            start = 1;
        }

        if (wordCount > start && (lexicon.MatchPhrase(LexiconCategory.CaptionOpener, hashes, start, masks[start].Own) > 0 ||
            english.MatchPhrase(LexiconCategory.CaptionOpener, hashes, start, masks[start].English) > 0 ||
            (start == 1 && wordCount > 1 && PrefixedOpener(hashes, lexicon, english))))
        {
            score.Fire(ThoughtFeature.CaptionOpener, words[start]);
        }

        int capitalised = 0, inner = 0, figures = 0;
        int firstInner = -1;
        for (int j = 0; j < wordCount; j++)
        {
            if (text.IsCapitalised(words[j]))
            {
                capitalised++;
                if (j > 0)
                {
                    inner++;
                    firstInner = firstInner < 0 ? words[j] : firstInner;
                }
            }
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = text.Tokens[t];
            if (token.Kind == TokenKind.Number)
            {
                if (text.Has(t, WordShape.Year))
                {
                    score.Fire(ThoughtFeature.Date, t);
                }
                else
                {
                    figures++;
                }
            }
            else if (token.Kind == TokenKind.Word && text.Has(t, WordShape.DigitAndLetter))
            {
                figures++;
            }
        }

        if (figures >= 2)
        {
            score.Fire(ThoughtFeature.Figures);
        }

        // German capitalises every noun: capitals say nothing about names or headlines there.
        bool caseless = lexicon.Code == "de";
        if (!caseless && inner >= 3 && inner * 5 >= wordCount)
        {
            score.Fire(ThoughtFeature.ProperNouns, firstInner);
        }

        // Han and Kana are one token per character: lengths in words mean nothing there.
        if (!cjk && wordCount >= LongSentenceWords)
        {
            score.Fire(ThoughtFeature.LongSentence);
        }

        bool headline = sentence.Terminator is '\0' or '!' or '?'
            && wordCount >= 3
            && ((!caseless && capitalised * 10 >= wordCount * 6) || AllCapsWords(text, words) >= 2);
        bool nameLine = sentence.Terminator == '\0' && wordCount is >= 2 and <= 4 && capitalised == wordCount && !caseless;
        bool titleCase = !caseless && wordCount >= 4 && capitalised * 10 >= wordCount * 8;
        if (nameLine || titleCase || (headline && (sentence.Terminator == '\0' || AllCapsWords(text, words) >= 2)))
        {
            score.Fire(ThoughtFeature.TitleShape);
        }

        if ((cjk ? wordCount is >= 2 and <= 24 : wordCount is >= 2 and <= 10) && !score.Has(ThoughtFeature.CaptionOpener) && !score.Has(ThoughtFeature.Reporting) &&
            !score.Has(ThoughtFeature.TitleShape) && !score.Has(ThoughtFeature.TruncatedStart))
        {
            score.Fire(ThoughtFeature.ShortRemark);
        }
    }

    /// <summary>Marks the words inside double quotation marks (a quotation of four or more words; shorter ones are scare quotes).</summary>
    private static void MarkQuoted(TextAnalysis text, in Sentence sentence, ReadOnlySpan<int> words, Span<bool> quoted)
    {
        quoted.Clear();
        bool open = false;
        int openedAt = 0, w = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (w < words.Length && words[w] == t)
            {
                w++;
                continue;
            }

            if (text.Tokens[t].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            foreach (char c in text.TextOf(t))
            {
                bool opens = c is '“' or '«' or '„' or '»' && !open || (c == '"' && !open);
                bool closes = open && c is '”' or '»' or '“' or '"' or '«';
                if (closes)
                {
                    if (w - openedAt >= 4)
                    {
                        quoted[openedAt..w].Fill(true);
                    }

                    open = false;
                }
                else if (opens)
                {
                    open = true;
                    openedAt = w;
                }
            }
        }

        if (open && w - openedAt >= 4)
        {
            // A quotation running to the end of the sentence (closed in the next one).
            quoted[openedAt..w].Fill(true);
        }
    }

    /// <summary>Whether a filler word of the sentence is internet register ("lol", "wtf"), not a common word ("this").</summary>
    private static bool HasInformalFiller(ReadOnlySpan<WordMasks> masks, ReadOnlySpan<bool> filler)
    {
        for (int j = 0; j < masks.Length; j++)
        {
            if (filler[j] && !LanguageLexicon.IsSingle(masks[j].Own, LexiconCategory.FunctionWord) && !LanguageLexicon.IsSingle(masks[j].English, LexiconCategory.FunctionWord))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PrefixedOpener(ReadOnlySpan<long> hashes, LanguageLexicon lexicon, LanguageLexicon english)
    {
        // "n a new episode": the lost letter may have been the start of the opener's first word; try the opener
        // without its first word against the rest of the sentence.
        foreach (var entry in english.Entries(LexiconCategory.CaptionOpener).Concat(lexicon.Entries(LexiconCategory.CaptionOpener)))
        {
            int space = entry.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && space <= 3)
            {
                var rest = OpenerTail(entry[(space + 1)..]);
                if (rest.Length > 0 && rest.Length <= hashes.Length - 1 && hashes.Slice(1, rest.Length).SequenceEqual(rest))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static long[] OpenerTail(string phrase) => s_phraseCache.GetOrAdd(phrase, static p => LexiconParser.Tokenize(p));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long[]> s_phraseCache = new(StringComparer.Ordinal);

    private static bool IsTruncatedStart(TextAnalysis text, int token, WordMasks known)
    {
        var word = text.TextOf(token);
        if (word.Length > 2 || text.IsCapitalised(token) || !char.IsAsciiLetterLower(word[0]))
        {
            return false;
        }

        return !LanguageLexicon.IsSingle(known.Own, LexiconCategory.FunctionWord) && !LanguageLexicon.IsSingle(known.English, LexiconCategory.FunctionWord)
            && !LanguageLexicon.IsSingle(known.English, LexiconCategory.FirstPerson) && !LanguageLexicon.IsSingle(known.English, LexiconCategory.Filler);
    }

    private static bool IsParticipleWithin(TextAnalysis text, ReadOnlySpan<int> words, int from, int span)
    {
        for (int j = from; j < words.Length && j < from + span; j++)
        {
            var word = text.TextOf(words[j]);
            if (word.Length >= 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal) ||
                word.EndsWith("ни", StringComparison.Ordinal) || word.EndsWith("на", StringComparison.Ordinal) ||
                word.EndsWith("но", StringComparison.Ordinal) || word.EndsWith("ен", StringComparison.Ordinal) ||
                word.EndsWith("ан", StringComparison.Ordinal) || word.EndsWith("ny", StringComparison.Ordinal) ||
                word.EndsWith("na", StringComparison.Ordinal) || word.EndsWith("ne", StringComparison.Ordinal) ||
                word.EndsWith("ado", StringComparison.Ordinal) || word.EndsWith("ido", StringComparison.Ordinal) ||
                word.EndsWith("ada", StringComparison.Ordinal) || word.EndsWith("ida", StringComparison.Ordinal) ||
                word.EndsWith('é') || word.EndsWith("ée", StringComparison.Ordinal) || word.EndsWith("és", StringComparison.Ordinal) ||
                (word.StartsWith("ge", StringComparison.Ordinal) && word.EndsWith('t'))))
            {
                return true;
            }
        }

        return false;
    }

    private static int AllCapsWords(TextAnalysis text, ReadOnlySpan<int> words)
    {
        int count = 0;
        foreach (int token in words)
        {
            count += text.Has(token, WordShape.AllCaps) ? 1 : 0;
        }

        return count;
    }

    private static bool NumberNear(TextAnalysis text, int token) =>
        (token + 1 < text.Tokens.Length && text.Tokens[token + 1].Kind == TokenKind.Number) ||
        (token > 0 && text.Tokens[token - 1].Kind == TokenKind.Number);
}
