// The text layer as it was before the single-pass rewrite (commit 22eacf2), kept only to check that the
// current implementation gives exactly the same results; see ReferenceEquivalenceTests.
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text.Reference;

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
internal static class SymbolRunRule
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

    internal static void Apply(NormalizedText text, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
    {
        var hasWord = false;
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            hasWord |= token.Kind == TokenKind.Word;
            if (token.Kind == TokenKind.Punctuation && IsPunctuationPadding(token.TextIn(text)))
            {
                techniques[index] = PaddingTechnique.PunctuationRun;
            }
            else if (token.Kind == TokenKind.Number && CountDigits(token.TextIn(text)) >= MinDigits)
            {
                techniques[index] = PaddingTechnique.NumberRun;
            }
        }

        FlagRuns(tokens, techniques, TokenKind.Emoji, MinEmojiRun, PaddingTechnique.EmojiRun);
        FlagRuns(tokens, techniques, TokenKind.Number, MinNumberRun, PaddingTechnique.NumberRun);
        if (!hasWord)
        {
            FlagAll(tokens, techniques);
        }
    }

    private static bool IsPunctuationPadding(ReadOnlySpan<char> marks)
    {
        if (marks.Length >= MinMixedPunctuation)
        {
            return true;
        }

        return marks.Length >= MinRepeatedMark && !marks.ContainsAnyExcept(marks[0]);
    }

    private static int CountDigits(ReadOnlySpan<char> number)
    {
        var digits = 0;
        foreach (var c in number)
        {
            digits += char.IsDigit(c) ? 1 : 0;
        }

        return digits;
    }

    // A run of `kind` tokens with only punctuation (or skipped text) between them.
    private static void FlagRuns(ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques, TokenKind kind, int minimum, PaddingTechnique technique)
    {
        var runStart = -1;
        var count = 0;
        for (var index = 0; index <= tokens.Length; index++)
        {
            var current = index < tokens.Length ? tokens[index].Kind : TokenKind.Word;
            if (current == kind)
            {
                runStart = runStart < 0 ? index : runStart;
                count++;
                continue;
            }

            if (current is TokenKind.Punctuation or TokenKind.Skipped)
            {
                continue;
            }

            if (count >= minimum)
            {
                for (var member = runStart; member < index; member++)
                {
                    if (tokens[member].Kind == kind)
                    {
                        techniques[member] = technique;
                    }
                }
            }

            runStart = -1;
            count = 0;
        }
    }

    private static void FlagAll(ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
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
}
