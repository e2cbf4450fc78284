using System.Runtime.CompilerServices;

namespace SaySomething.Core.Text;

/// <summary>
/// Punctuation, emoji and number padding. These tokens never count as words; the rule says when they are
/// <em>padding</em> rather than ordinary use:
/// <list type="bullet">
/// <item>punctuation: one mark repeated <see cref="MinRepeatedMark"/> or more times (<c>!!!!</c>, <c>....</c>), or
/// a run of <see cref="MinMixedPunctuation"/> or more marks;</item>
/// <item>emoji: <see cref="MinEmojiRun"/> or more in a row (punctuation between them allowed, a word or number
/// ends the run);</item>
/// <item>numbers: <see cref="MinNumberRun"/> or more in a row, or one of <see cref="MinDigits"/> or more digits;</item>
/// <item>in a text with no word at all, every punctuation, emoji and number token.</item>
/// </list>
/// </summary>
public static class SymbolRunRule
{
    /// <summary>Repeats of one punctuation mark from which it is padding. Default 4.</summary>
    public const int MinRepeatedMark = 4;

    /// <summary>Length of a mixed punctuation run from which it is padding. Default 10.</summary>
    public const int MinMixedPunctuation = 10;

    /// <summary>Emoji in a row from which they are padding. Default 4.</summary>
    public const int MinEmojiRun = 4;

    /// <summary>Numbers in a row from which they are padding. Default 3.</summary>
    public const int MinNumberRun = 3;

    /// <summary>Digits in one number from which it is padding. Default 10.</summary>
    public const int MinDigits = 10;

    /// <summary>Returns true when a punctuation token is padding: one mark repeated, or a long run of marks.</summary>
    internal static bool IsPunctuationPadding(ReadOnlySpan<char> marks)
    {
        if (marks.Length >= MinMixedPunctuation)
        {
            return true;
        }

        return marks.Length >= MinRepeatedMark && !marks.ContainsAnyExcept(marks[0]);
    }

    /// <summary>Returns true when a number token has <see cref="MinDigits"/> digits or more.</summary>
    internal static bool HasManyDigits(ReadOnlySpan<char> number)
    {
        if (number.Length < MinDigits)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in number)
        {
            digits += char.IsDigit(c) ? 1 : 0;
        }

        return digits >= MinDigits;
    }

    /// <summary>
    /// In a text with no word, flags every punctuation, emoji and number token (punctuation, emoji and numbers
    /// cannot be the poster's own words on their own).
    /// </summary>
    internal static void FlagAll(ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
    {
        for (var index = 0; index < tokens.Length; index++)
        {
            techniques[index] = tokens[index].Kind switch
            {
                TokenKind.Punctuation => PaddingTechnique.PunctuationRun,
                TokenKind.Emoji => PaddingTechnique.EmojiRun,
                TokenKind.Number => PaddingTechnique.NumberRun,
                _ => techniques[index],
            };
        }
    }

    /// <summary>
    /// The emoji and number runs being read, fed one token at a time: punctuation and skipped text continue both
    /// runs, an emoji ends a number run, a number ends an emoji run, and anything else ends both.
    /// </summary>
    internal struct Runs
    {
        private Run _emoji;
        private Run _numbers;

        public Runs()
        {
            _emoji = new Run();
            _numbers = new Run();
        }

        /// <summary>Reads token <paramref name="index"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int index, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
        {
            switch (tokens[index].Kind)
            {
                case TokenKind.Punctuation or TokenKind.Skipped:
                    break;
                case TokenKind.Emoji:
                    _numbers.End(index, tokens, techniques, TokenKind.Number, MinNumberRun, PaddingTechnique.NumberRun);
                    _emoji.Add(index);
                    break;
                case TokenKind.Number:
                    _emoji.End(index, tokens, techniques, TokenKind.Emoji, MinEmojiRun, PaddingTechnique.EmojiRun);
                    _numbers.Add(index);
                    break;
                default:
                    End(index, tokens, techniques);
                    break;
            }
        }

        /// <summary>Ends both runs before token <paramref name="index"/> (the token count at the end of the text).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void End(int index, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
        {
            _emoji.End(index, tokens, techniques, TokenKind.Emoji, MinEmojiRun, PaddingTechnique.EmojiRun);
            _numbers.End(index, tokens, techniques, TokenKind.Number, MinNumberRun, PaddingTechnique.NumberRun);
        }
    }

    // A run of tokens of one kind, with only punctuation (or skipped text) between them.
    private struct Run
    {
        private int _start;
        private int _count;

        public Run() => _start = -1;

        public void Add(int index)
        {
            _start = _start < 0 ? index : _start;
            _count++;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void End(int end, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques, TokenKind kind, int minimum, PaddingTechnique technique)
        {
            if (_count > 0)
            {
                Flush(end, tokens, techniques, kind, minimum, technique);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Flush(int end, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques, TokenKind kind, int minimum, PaddingTechnique technique)
        {
            if (_count >= minimum)
            {
                for (var member = _start; member < end; member++)
                {
                    if (tokens[member].Kind == kind)
                    {
                        techniques[member] = technique;
                    }
                }
            }

            _start = -1;
            _count = 0;
        }
    }
}
