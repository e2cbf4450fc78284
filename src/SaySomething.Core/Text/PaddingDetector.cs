using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SaySomething.Core.Text;

/// <summary>
/// Marks the tokens that count zero as the poster's own words, each with its <see cref="PaddingTechnique"/>, and
/// counts the distinct words that remain. Rules run in this order, and the first to flag a token wins:
/// <see cref="RepeatedCharactersRule"/> and <see cref="KeyboardMashRule"/> (per word),
/// <see cref="LoremIpsumRule"/>, <see cref="RepetitionRule"/> (words, then sentences), then
/// <see cref="SymbolRunRule"/> (punctuation, emoji, numbers, which never count as words anyway).
/// </summary>
/// <remarks>
/// <para>One pass over the tokens feeds every rule. The run rules (placeholder text, repeated words and sentences,
/// emoji and number runs) flag a run when it ends, which may be after a later rule has flagged some of its words;
/// the techniques are numbered in rule order, so a word keeps the smallest technique any rule gives it, which is
/// the one the first rule in the order would have given.</para>
/// <para>Stateless and thread-safe. Scratch space is kept per thread; the report is the only allocation (none with the
/// overload that writes the techniques to the caller's buffer).</para>
/// </remarks>
public static class PaddingDetector
{
    private const int KeptKeyLength = 128;

    // Shorter words have no run to collapse, are no repeated chunk and are never mash.
    private const int ShortestFlaggable = Shortest2 < KeyboardMashRule.MinMashLength ? Shortest2 : KeyboardMashRule.MinMashLength;
    private const int Shortest2 = WordKey.CollapseFrom < RepeatedCharactersRule.MinRepeats ? WordKey.CollapseFrom : RepeatedCharactersRule.MinRepeats;

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Normalises, tokenizes and analyses <paramref name="source"/> in one call.</summary>
    /// <param name="source">The post text.</param>
    /// <param name="skipSourceRanges">Source ranges to leave out (extracted links); see <see cref="WordReader.Read(NormalizedText, ReadOnlySpan{Range})"/>.</param>
    public static PaddingReport Analyze(ReadOnlySpan<char> source, ReadOnlySpan<Range> skipSourceRanges = default)
    {
        var text = TextNormalizer.Normalize(source);
        return Analyze(text, WordReader.Read(text, skipSourceRanges));
    }

    /// <summary>Analyses the <paramref name="tokens"/> of <paramref name="text"/> (as produced by <see cref="WordReader"/>).</summary>
    public static PaddingReport Analyze(NormalizedText text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens switch
        {
            List<Token> list => Analyze(text, CollectionsMarshal.AsSpan(list)),
            Token[] array => Analyze(text, array.AsSpan()),
            _ => Analyze(text, tokens.ToArray()),
        };
    }

    /// <summary>Analyses the <paramref name="tokens"/> of <paramref name="text"/> (as produced by <see cref="WordReader"/>).</summary>
    public static PaddingReport Analyze(NormalizedText text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = t_scratch ??= new Scratch();
        var rented = scratch.TryReserve(tokens.Length) ? null : ArrayPool<PaddingTechnique>.Shared.Rent(tokens.Length);
        try
        {
            var techniques = (rented ?? scratch.Techniques).AsSpan(0, tokens.Length);
            var summary = Analyze(text, tokens, techniques);
            return new PaddingReport(VerdictList.Create(tokens, techniques), summary.OwnWordCount, summary.Techniques);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<PaddingTechnique>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Analyses the <paramref name="tokens"/> of <paramref name="text"/> (as produced by <see cref="WordReader"/>) and
    /// writes the technique of token <c>i</c> to <paramref name="techniques"/>[<c>i</c>] instead of allocating a
    /// <see cref="PaddingReport"/>: for a caller that keeps its own per-token verdicts.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="techniques"/> is shorter than <paramref name="tokens"/>.</exception>
    public static PaddingSummary Analyze(NormalizedText text, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques) =>
        Analyze(text, tokens, techniques, default);

    /// <summary>
    /// <see cref="Analyze(NormalizedText, ReadOnlySpan{Token}, Span{PaddingTechnique})"/> that also writes, for each
    /// word token <c>i</c> of at most 128 characters, <see cref="WordKey.Hash"/> of its <see cref="WordKey.Collapse"/>d
    /// key to <paramref name="wordKeys"/>[<c>i</c>] (0 for other tokens and longer words), so that a caller that needs
    /// the keys does not hash every word again. An empty <paramref name="wordKeys"/> asks for none.
    /// </summary>
    /// <exception cref="ArgumentException">A buffer is shorter than <paramref name="tokens"/>.</exception>
    public static PaddingSummary Analyze(NormalizedText text, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques, Span<long> wordKeys)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (techniques.Length < tokens.Length)
        {
            throw new ArgumentException("There must be room for one technique per token.", nameof(techniques));
        }

        if (!wordKeys.IsEmpty && wordKeys.Length < tokens.Length)
        {
            throw new ArgumentException("There must be room for one key per token.", nameof(wordKeys));
        }

        techniques = techniques[..tokens.Length];
        var scratch = t_scratch ??= new Scratch();
        var rentedKeys = scratch.TryReserve(tokens.Length) ? null : ArrayPool<long>.Shared.Rent(tokens.Length);
        try
        {
            var keys = (rentedKeys ?? scratch.Keys).AsSpan(0, tokens.Length);
            var hasWord = ApplyRules(text.Value, tokens, techniques, keys, scratch);
            if (!hasWord)
            {
                SymbolRunRule.FlagAll(tokens, techniques);
            }

            if (!wordKeys.IsEmpty)
            {
                CopyWordKeys(text.Value, tokens, keys, wordKeys);
            }

            return Summarize(tokens, techniques, keys, scratch.Words);
        }
        finally
        {
            if (rentedKeys is not null)
            {
                ArrayPool<long>.Shared.Return(rentedKeys);
            }
        }
    }

    /// <summary>
    /// Gives word token <paramref name="index"/> the <paramref name="technique"/> of a run rule, unless an earlier
    /// rule (a smaller technique) has flagged it.
    /// </summary>
    internal static void FlagWord(ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques, int index, PaddingTechnique technique)
    {
        if (tokens[index].Kind == TokenKind.Word && (techniques[index] == PaddingTechnique.None || techniques[index] > technique))
        {
            techniques[index] = technique;
        }
    }

    // The single pass: per-token tests, and every run rule fed in token order. Returns whether there is a word.
    // (No stackalloc here: a method with one is compiled once, without the profile-guided second compilation.)
    private static bool ApplyRules(string text, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques, Span<long> keys, Scratch scratch)
    {
        var value = text.AsSpan();
        var keyBuffer = scratch.KeyBuffer.AsSpan();
        var sentences = scratch.Sentences;
        var lorem = new LoremIpsumRule.Run();
        var wordRun = new RepetitionRule.WordRun();
        var sentence = default(RepetitionRule.Sentence);
        var symbols = new SymbolRunRule.Runs();
        var hasWord = false;
        sentences.Reset(tokens.Length / 2 + 1);
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.Kind == TokenKind.Word)
            {
                hasWord = true;
                var word = value.Slice(token.Start, token.Length);
                techniques[index] = ClassifyWord(word, keyBuffer, scratch.WordClasses, out var key);
                keys[index] = key;
                lorem.Add(index, word, tokens, techniques);
                wordRun.Add(index, tokens, keys, techniques);
                sentence.AddWord(key);
            }
            else
            {
                keys[index] = 0;
                techniques[index] = token.Kind switch
                {
                    TokenKind.Punctuation when SymbolRunRule.IsPunctuationPadding(value.Slice(token.Start, token.Length)) => PaddingTechnique.PunctuationRun,
                    TokenKind.Number when SymbolRunRule.HasManyDigits(value.Slice(token.Start, token.Length)) => PaddingTechnique.NumberRun,
                    _ => PaddingTechnique.None,
                };
            }

            symbols.Add(index, tokens, techniques);
            if (RepetitionRule.EndsSentence(value, tokens, index))
            {
                sentence.End(index, sentences, tokens, techniques);
            }
        }

        lorem.End(tokens.Length, tokens, techniques);
        wordRun.End(tokens.Length, tokens, techniques);
        sentence.End(tokens.Length, sentences, tokens, techniques);
        symbols.End(tokens.Length, tokens, techniques);
        return hasWord;
    }

    // The word's key (and its hash), then the per-word rules; remembered for short words.
    private static PaddingTechnique ClassifyWord(ReadOnlySpan<char> word, Span<char> keyBuffer, WordClassCache cache, out long hash)
    {
        if (word.IsEmpty || word.Length > WordClassCache.MaxLength)
        {
            return ClassifyWord(word, keyBuffer, out hash);
        }

        if (cache.TryGet(word, out hash, out var technique, out var slot))
        {
            return technique;
        }

        technique = ClassifyWord(word, keyBuffer, out hash);
        cache.Store(slot, word, hash, technique);
        return technique;
    }

    private static PaddingTechnique ClassifyWord(ReadOnlySpan<char> word, Span<char> keyBuffer, out long hash)
    {
        if (word.Length < ShortestFlaggable)
        {
            hash = WordKey.Hash(word);
            return PaddingTechnique.None;
        }

        if (!WordKey.HasRun(word))
        {
            hash = WordKey.Hash(word);
            return RepeatedCharactersRule.IsRepeated(word) ? PaddingTechnique.RepeatedCharacters
                : KeyboardMashRule.IsMash(word) ? PaddingTechnique.KeyboardMash
                : PaddingTechnique.None;
        }

        var rented = word.Length > keyBuffer.Length ? ArrayPool<char>.Shared.Rent(word.Length) : null;
        var buffer = rented ?? keyBuffer;
        var key = buffer[..WordKey.Collapse(word, buffer)];
        hash = WordKey.Hash(key);
        var technique = RepeatedCharactersRule.IsRepeated(word) ? PaddingTechnique.RepeatedCharacters
            : KeyboardMashRule.IsMash(key) ? PaddingTechnique.KeyboardMash
            : PaddingTechnique.None;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return technique;
    }

    // The rules' keys are the words' keys, except that words too short to flag were hashed without collapsing and
    // words past the key buffer were collapsed: the few of those that differ are hashed again.
    private static void CopyWordKeys(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<long> keys, Span<long> wordKeys)
    {
        Span<char> buffer = stackalloc char[KeptKeyLength];
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.Kind != TokenKind.Word || token.Length > KeptKeyLength)
            {
                wordKeys[index] = 0;
                continue;
            }

            var word = text.AsSpan(token.Start, token.Length);
            wordKeys[index] = word.Length < ShortestFlaggable && WordKey.HasRun(word) ? WordKey.Hash(buffer[..WordKey.Collapse(word, buffer)]) : keys[index];
        }
    }

    // The keys of the words that count are gathered at the front of `keys`, then counted once each.
    private static PaddingSummary Summarize(ReadOnlySpan<Token> tokens, ReadOnlySpan<PaddingTechnique> techniques, Span<long> keys, KeySet distinct)
    {
        var found = PaddingTechnique.None;
        var counting = 0;
        for (var index = 0; index < tokens.Length; index++)
        {
            found |= techniques[index];
            if (tokens[index].Kind == TokenKind.Word && techniques[index] == PaddingTechnique.None)
            {
                keys[counting++] = keys[index];
            }
        }

        distinct.Reset(counting);
        distinct.AddRange(keys[..counting]);
        return new PaddingSummary(distinct.Count, found);
    }

    // Per-thread scratch space, grown as texts need and kept for texts of up to MaxKeptTokens tokens.
    private sealed class Scratch
    {
        private const int MaxKeptTokens = 1 << 12;

        public PaddingTechnique[] Techniques { get; private set; } = new PaddingTechnique[256];

        public long[] Keys { get; private set; } = new long[256];

        public KeySet Words { get; } = new();

        public KeySet Sentences { get; } = new();

        public char[] KeyBuffer { get; } = new char[KeptKeyLength];

        public WordClassCache WordClasses { get; } = new();

        /// <summary>Makes room for <paramref name="count"/> tokens; false when that is more than a thread keeps.</summary>
        public bool TryReserve(int count)
        {
            if (count > MaxKeptTokens)
            {
                return false;
            }

            if (count > Techniques.Length)
            {
                var size = (int)BitOperations.RoundUpToPowerOf2((uint)count);
                Techniques = new PaddingTechnique[size];
                Keys = new long[size];
            }

            return true;
        }
    }
}
