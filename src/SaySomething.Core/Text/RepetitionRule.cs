using System.Runtime.CompilerServices;

namespace SaySomething.Core.Text;

/// <summary>
/// Repeated words and sentences. A word said <see cref="MinWordRun"/> or more times in a row (by
/// <see cref="WordKey"/>, punctuation and emoji between ignored) has its second and later copies flagged
/// <see cref="PaddingTechnique.RepeatedWord"/>; two in a row (<c>very very</c>, <c>bye bye</c>) are ordinary
/// language and are not. A sentence (ended by <c>. ! ? … 。 ！ ？ ।</c> or a line break) of at least two words whose
/// word keys equal an earlier sentence's is flagged <see cref="PaddingTechnique.RepeatedSentence"/> whole.
/// Non-adjacent repeats of a single word are not flagged: <see cref="PaddingReport.OwnWordCount"/> counts
/// distinct words anyway.
/// </summary>
public static class RepetitionRule
{
    /// <summary>Consecutive copies of a word from which the later copies are padding. Default 3.</summary>
    public const int MinWordRun = 3;


    /// <summary>A run of copies of one word key, fed one word token at a time (other tokens do not break it).</summary>
    internal struct WordRun
    {
        private int _start;
        private int _length;

        public WordRun() => _start = -1;

        /// <summary>Adds word token <paramref name="index"/>; a different key ends the run before it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int index, ReadOnlySpan<Token> tokens, ReadOnlySpan<long> keys, Span<PaddingTechnique> techniques)
        {
            if (_start >= 0 && keys[index] == keys[_start])
            {
                _length++;
                return;
            }

            if (_length >= MinWordRun)
            {
                End(index, tokens, techniques);
            }

            _start = index;
            _length = 1;
        }

        /// <summary>Ends the run before token <paramref name="end"/>, flagging its later copies when it is long enough.</summary>
        public readonly void End(int end, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
        {
            if (_length < MinWordRun)
            {
                return;
            }

            for (var later = _start + 1; later < end; later++)
            {
                PaddingDetector.FlagWord(tokens, techniques, later, PaddingTechnique.RepeatedWord);
            }
        }
    }

    /// <summary>The sentence being read: a hash of its word keys, compared with the earlier sentences' when it ends.</summary>
    internal struct Sentence
    {
        private int _start;
        private long _hash;
        private int _words;

        /// <summary>Adds a word's key to the sentence.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddWord(long key)
        {
            _hash = unchecked((_hash * 1_000_003) ^ key);
            _words++;
        }

        /// <summary>
        /// Ends the sentence at token <paramref name="index"/> (included; the token count when the text ends), flagging
        /// it when it has two words or more and <paramref name="seen"/> already holds it; the next one starts after it.
        /// </summary>
        public void End(int index, KeySet seen, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
        {
            if (_words >= 2 && !seen.Add(_hash))
            {
                for (var member = _start; member <= Math.Min(index, tokens.Length - 1); member++)
                {
                    PaddingDetector.FlagWord(tokens, techniques, member, PaddingTechnique.RepeatedSentence);
                }
            }

            _start = index + 1;
            _hash = 0;
            _words = 0;
        }
    }

    /// <summary>Returns true when token <paramref name="index"/> is sentence-final punctuation or a line break follows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Punctuation && HasSentenceEnd(text.Slice(token.Start, token.Length)))
        {
            return true;
        }

        var gapEnd = index + 1 < tokens.Length ? tokens[index + 1].Start : text.Length;
        var gap = text.Slice(token.End, gapEnd - token.End);
        return gap.Length switch
        {
            0 => false,
            1 => gap[0] is '\n' or '\r' or '\u2029',
            _ => gap.ContainsAny('\n', '\r', '\u2029'),
        };
    }

    private static bool HasSentenceEnd(ReadOnlySpan<char> marks)
    {
        foreach (var c in marks)
        {
            if (CharClasses.IsSentenceEnd(c))
            {
                return true;
            }
        }

        return false;
    }
}
