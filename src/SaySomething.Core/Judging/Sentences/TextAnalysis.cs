using SaySomething.Core.Text;

namespace SaySomething.Core.Judging.Sentences;

/// <summary>
/// Candidate text read for judging: normalised (evasion-resistant), split into tokens, padding marked, and cut into
/// sentences and paragraphs. Each word token also has its comparison hash (<see cref="WordKey"/>) and whether it was
/// written with a capital, which the normalised text no longer shows.
/// </summary>
internal sealed class TextAnalysis
{
    // Texts up to this many tokens leave their arrays with the thread for the next text.
    private const int MaxKeptTokens = 4096;

    // The analysis the judge reuses on this thread (null while it is lent out).
    [ThreadStatic]
    private static TextAnalysis? t_spare;

    [ThreadStatic]
    private static List<Token>? t_sourceTokens;

    private readonly List<Token> _tokens = new(256);
    private PaddingTechnique[] _padding = [];
    private long[] _hashes = [];
    private long[] _copyHashes = [];
    private WordShape[] _shapes = [];

    private TextAnalysis()
    {
        Source = "";
        Normalized = NormalizedText.Identity("");
    }

    /// <summary>Gets the text before normalisation.</summary>
    public string Source { get; private set; }

    public NormalizedText Normalized { get; private set; }

    public ReadOnlySpan<Token> Tokens => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);

    /// <summary>Gets why each token counts zero (<see cref="PaddingTechnique.None"/> when it does not).</summary>
    public ReadOnlySpan<PaddingTechnique> PaddingOf => _padding.AsSpan(0, _tokens.Count);

    /// <summary>Gets the comparison hash of each word token (0 for other tokens).</summary>
    public ReadOnlySpan<long> Hashes => _hashes.AsSpan(0, _tokens.Count);

    /// <summary>Gets the hash each word is compared by when looking for copies: without a possessive 's ("Kremlin's" = "Kremlin").</summary>
    /// <remarks>Made on first use: most posts have no context to copy from, and then nobody asks.</remarks>
    public ReadOnlySpan<long> CopyHashes
    {
        get
        {
            if (!_copyHashesReady)
            {
                HashCopies();
            }

            return _copyHashes.AsSpan(0, _tokens.Count);
        }
    }

    private bool _copyHashesReady;

    /// <summary>Gets how each token was written: capitals, figures (<see cref="WordShape.None"/> for most).</summary>
    public ReadOnlySpan<WordShape> Shapes => _shapes.AsSpan(0, _tokens.Count);

    /// <summary>Whether word <paramref name="index"/> starts with an upper-case letter in the source.</summary>
    public bool IsCapitalised(int index) => (Shapes[index] & WordShape.Capitalised) != 0;

    /// <summary>Whether token <paramref name="index"/> has <paramref name="shape"/>.</summary>
    public bool Has(int index, WordShape shape) => (Shapes[index] & shape) != 0;

    public List<Sentence> Sentences { get; } = [];

    public int ParagraphCount { get; private set; }

    /// <summary>Gets the number of distinct meaningful words (padding excluded).</summary>
    public int CountingWords { get; private set; }

    public PaddingTechnique Padding { get; private set; }

    /// <summary>Whether token <paramref name="index"/> is a word that counts (not padding).</summary>
    public bool Counts(int index) => Tokens[index].Kind == TokenKind.Word && PaddingOf[index] == PaddingTechnique.None;

    public ReadOnlySpan<char> TextOf(int index) => Tokens[index].TextIn(Normalized);

    /// <summary>Analyses <paramref name="text"/> into a new analysis of its own.</summary>
    public static TextAnalysis Analyze(string text)
    {
        var analysis = new TextAnalysis();
        analysis.Read(text);
        return analysis;
    }

    /// <summary>
    /// Analyses <paramref name="text"/> into the analysis this thread keeps, so its arrays serve text after text. The
    /// caller must be done with it (and with everything it handed out) before it calls <see cref="Release"/>; until
    /// then a second call on the thread gets an analysis of its own.
    /// </summary>
    public static TextAnalysis AnalyzeReusing(string text)
    {
        var analysis = t_spare ?? new TextAnalysis();
        t_spare = null;
        analysis.Read(text);
        return analysis;
    }

    /// <summary>Gives an analysis from <see cref="AnalyzeReusing"/> back to the thread (one that grew too large is dropped).</summary>
    public void Release()
    {
        if (_tokens.Capacity <= MaxKeptTokens)
        {
            t_spare = this;
        }
    }

    private void Read(string text)
    {
        Source = text;
        Normalized = TextNormalizer.Normalize(BidiOverride.ToVisualOrder(text));
        _tokens.Clear();
        Sentences.Clear();
        ParagraphCount = 0;
        WordReader.Read(Normalized, default, _tokens);
        int count = _tokens.Count;
        if (_padding.Length < count)
        {
            int size = Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)count));
            _padding = new PaddingTechnique[size];
            _hashes = new long[size];
            _copyHashes = new long[size];
            _shapes = new WordShape[size];
        }

        _copyHashes.AsSpan(0, count).Clear();
        _copyHashesReady = false;
        _shapes.AsSpan(0, count).Clear();

        // The padding rules hash every word anyway: their keys are the words' hashes (HashWords fills the rest).
        var summary = PaddingDetector.Analyze(Normalized, Tokens, _padding.AsSpan(0, count), _hashes.AsSpan(0, count));
        CountingWords = summary.OwnWordCount;
        Padding = summary.Techniques;
        HashWords();
        SplitSentences();
    }

    /// <summary>
    /// The copy-comparison hashes of the words of <paramref name="text"/> (a context source: a title, a quote), without
    /// the padding and sentence work a candidate text gets.
    /// </summary>
    public static long[] CopyWords(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        // The token list is read right away: one per thread serves every source.
        var tokens = t_sourceTokens ??= new List<Token>(256);
        tokens.Clear();
        WordReader.Read(normalized, default, tokens);
        if (tokens.Capacity > MaxKeptTokens)
        {
            t_sourceTokens = null;
        }

        int wordCount = 0;
        foreach (var token in tokens)
        {
            wordCount += token.Kind == TokenKind.Word ? 1 : 0;
        }

        var words = new long[wordCount];
        int count = 0;
        Span<char> buffer = stackalloc char[128];
        Span<char> markless = stackalloc char[128];
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word)
            {
                Hash(normalized.Value.AsSpan(token.Start, token.Length), buffer, markless, out _, out words[count++]);
            }
        }

        return words;
    }

    /// <summary>The lexicon hash and the copy hash (possessive 's dropped) of one normalised word.</summary>
    private static void Hash(ReadOnlySpan<char> source, Span<char> buffer, Span<char> markless, out long hash, out long copyHash)
    {
        var word = WithoutMarks(source, markless);
        hash = LexiconHash(word, buffer);
        copyHash = CopyHash(word, hash, buffer);
    }

    /// <summary>The lexicon hash of one normalised word.</summary>
    private static long Hash(ReadOnlySpan<char> source, Span<char> buffer, Span<char> markless) =>
        LexiconHash(WithoutMarks(source, markless), buffer);

    private static long LexiconHash(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length <= buffer.Length ? WordKey.Hash(buffer[..WordKey.Collapse(word, buffer)]) : WordKey.Hash(word);

    /// <summary>The word without its combining marks (in <paramref name="markless"/>), or the word itself when it has none.</summary>
    private static ReadOnlySpan<char> WithoutMarks(ReadOnlySpan<char> source, Span<char> markless)
    {
        // Up to two stacked marks survive normalisation ("l̴̵o̵̶l̶̷"); words are compared without them.
        return HasMarks(source) && source.Length <= markless.Length ? markless[..StripMarks(source, markless)] : source;
    }

    /// <summary>Fills <see cref="CopyHashes"/> from the words and their lexicon hashes.</summary>
    private void HashCopies()
    {
        Span<char> buffer = stackalloc char[128];
        Span<char> markless = stackalloc char[128];
        string value = Normalized.Value;
        bool ascii = Normalized.IsIdentityMap;
        var tokens = Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                var word = value.AsSpan(token.Start, token.Length);
                _copyHashes[i] = CopyHash(ascii ? word : WithoutMarks(word, markless), _hashes[i], buffer);
            }
        }

        _copyHashesReady = true;
    }

    /// <summary>The copy hash of <paramref name="word"/>, whose lexicon hash is <paramref name="hash"/>.</summary>
    private static long CopyHash(ReadOnlySpan<char> word, long hash, Span<char> buffer)
    {
        long copyHash = hash;
        if (word.Length > 3 && word.Length <= buffer.Length && (word.ContainsAny('\'', '\u2019') || word[^1] == 's'))
        {
            // Copies are compared without apostrophes and a final s: "Newcastle's" = "newcastles" = "Newcastle".
            Span<char> stem = stackalloc char[word.Length];
            int length = 0;
            foreach (char c in word)
            {
                if (c is not '\'' and not '\u2019')
                {
                    stem[length++] = c;
                }
            }

            if (length > 3 && stem[length - 1] == 's')
            {
                length--;
            }

            copyHash = WordKey.Hash(buffer[..WordKey.Collapse(stem[..length], buffer)]);
        }

        return copyHash;
    }

    private void HashWords()
    {
        Span<char> buffer = stackalloc char[128];
        Span<char> markless = stackalloc char[128];
        string value = Normalized.Value;
        // Only ASCII text normalises without a map (lower-casing keeps every offset): no word of it has marks.
        bool ascii = Normalized.IsIdentityMap;
        var tokens = Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind == TokenKind.Number && IsYear(value.AsSpan(token.Start, token.Length)))
                {
                    _shapes[i] = WordShape.Year;
                }

                continue;
            }

            var word = value.AsSpan(token.Start, token.Length);
            if (_hashes[i] == 0 || (!ascii && HasMarks(word)))
            {
                // Not hashed by the padding rules (too long), or hashed with its marks, which words are compared without.
                _hashes[i] = Hash(word, buffer, markless);
            }

            if (ascii && token.End <= Source.Length)
            {
                _shapes[i] = AsciiShape(Source.AsSpan(token.Start, token.Length));
                continue;
            }

            int sourceIndex = ascii ? token.Start : Normalized.SourceIndexOf(token.Start);
            var shape = sourceIndex < Source.Length && char.IsUpper(Source[sourceIndex]) ? WordShape.Capitalised : WordShape.None;
            if (HasDigitAndLetter(word))
            {
                shape |= WordShape.DigitAndLetter;
            }

            _shapes[i] = shape;
        }
    }

    /// <summary>
    /// The shape of a word of ASCII text, read in the source in one pass (lower-casing kept every offset, so the
    /// source's characters at the token are the word as written).
    /// </summary>
    private static WordShape AsciiShape(ReadOnlySpan<char> word)
    {
        int lower = 0, upper = 0, digits = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            lower += char.IsAsciiLetterLower(c) ? 1 : 0;
            upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        bool capitalised = char.IsAsciiLetterUpper(word[0]);
        bool upperInside = upper > (capitalised ? 1 : 0);
        var shape = capitalised ? WordShape.Capitalised : WordShape.None;
        if (digits > 0 && lower + upper > 0)
        {
            shape |= WordShape.DigitAndLetter;
        }

        if (word.Length >= 3 && lower == 0)
        {
            // Every letter a capital (or none at all).
            shape |= WordShape.AllCaps;
        }
        else if (word.Length >= 4 && upperInside && IsMockingCase(word))
        {
            shape |= WordShape.MockingCase;
        }

        return shape;
    }

    /// <summary>A lower-case letter followed by two capitals inside one word: "ruSSia"; "PutIN" is not matched on purpose.</summary>
    private static bool IsMockingCase(ReadOnlySpan<char> word)
    {
        for (int i = 1; i + 1 < word.Length; i++)
        {
            if (char.IsLower(word[i - 1]) && char.IsUpper(word[i]) && char.IsUpper(word[i + 1]) &&
                (i + 2 >= word.Length || char.IsLower(word[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal));

    private static bool HasDigitAndLetter(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        bool digit = false, letter = false;
        foreach (char c in word)
        {
            digit |= char.IsAsciiDigit(c);
            letter |= char.IsLetter(c);
        }

        return digit && letter;
    }

    private static bool HasMarks(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark)
            {
                return true;
            }
        }

        return false;
    }

    private static int StripMarks(ReadOnlySpan<char> word, Span<char> destination)
    {
        int length = 0;
        foreach (char c in word)
        {
            if (c < '\u0300' || char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark))
            {
                destination[length++] = c;
            }
        }

        return length;
    }

    private void SplitSentences()
    {
        string value = Normalized.Value;
        int first = 0, paragraph = 0, inParagraph = 0, previousEnd = 0;
        bool sawWord = false;
        var tokens = Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (i > 0 && HasLineBreak(value.AsSpan(previousEnd, token.Start - previousEnd)))
            {
                Close(first, i, '\0', ref paragraph, ref inParagraph, newParagraph: true, ref sawWord);
                first = i;
            }

            previousEnd = token.End;
            sawWord |= token.Kind is TokenKind.Word or TokenKind.Number;
            if (token.Kind == TokenKind.Punctuation && Terminator(value.AsSpan(token.Start, token.Length)) is var mark and not '\0' && sawWord
                && (mark != '.' || EndsSentence(value, i)))
            {
                Close(first, i + 1, mark, ref paragraph, ref inParagraph, newParagraph: false, ref sawWord);
                first = i + 1;
            }
        }

        if (first < tokens.Length)
        {
            Close(first, tokens.Length, '\0', ref paragraph, ref inParagraph, newParagraph: true, ref sawWord);
        }

        ParagraphCount = paragraph + (inParagraph > 0 ? 1 : 0);
    }

    private void Close(int first, int end, char mark, ref int paragraph, ref int inParagraph, bool newParagraph, ref bool sawWord)
    {
        if (end > first)
        {
            Sentences.Add(new Sentence(first, end, paragraph, inParagraph, mark));
            inParagraph++;
        }

        if (newParagraph && inParagraph > 0)
        {
            paragraph++;
            inParagraph = 0;
        }

        sawWord = false;
    }

    /// <summary>Whether the gap between two tokens breaks the line: most gaps are one space, too short for a vector search.</summary>
    private static bool HasLineBreak(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 8)
        {
            return gap.Contains('\n');
        }

        foreach (char c in gap)
        {
            if (c == '\n')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a full stop ends a sentence: not inside "U.S." or "e.g.", not after an initial ("George W. Bush").</summary>
    private bool EndsSentence(string value, int index)
    {
        var token = Tokens[index];
        if (token.End < value.Length && !char.IsWhiteSpace(value[token.End]))
        {
            return false;
        }

        return index == 0 || Tokens[index - 1].Kind != TokenKind.Word || Tokens[index - 1].Length > 1 || Tokens[index - 1].End != token.Start;
    }

    /// <summary>The mark that ends a sentence in a punctuation run: '?' wins over '!' over '.'; '\0' for none.</summary>
    private static char Terminator(ReadOnlySpan<char> punctuation)
    {
        char mark = '\0';
        foreach (char c in punctuation)
        {
            switch (c)
            {
                case '?' or '？':
                    return '?';
                case '!' or '！':
                    mark = '!';
                    break;
                case '.' or '…' or '。' when mark == '\0':
                    mark = '.';
                    break;
            }
        }

        return mark;
    }
}
