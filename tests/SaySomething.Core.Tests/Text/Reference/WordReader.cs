// The text layer as it was before the single-pass rewrite (commit 22eacf2), kept only to check that the
// current implementation gives exactly the same results; see ReferenceEquivalenceTests.
using System.Text;
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text.Reference;

/// <summary>
/// Splits a <see cref="NormalizedText"/> into <see cref="Token"/>s: words of any script, numbers, emoji,
/// punctuation runs, URL-like runs and caller-skipped ranges. Whitespace separates tokens and is not a token.
/// </summary>
/// <remarks>
/// <para>Words are maximal runs of letters, combining marks and digits, joined across an apostrophe between two
/// letters (<c>don't</c>, <c>l'eau</c>). Hyphens, dots and other punctuation split words. A run of digits with
/// inner <c>. , :</c> or no-break spaces between digits is a <see cref="TokenKind.Number"/>; a run with any letter
/// is a <see cref="TokenKind.Word"/>.</para>
/// <para>Han ideographs, Hiragana and Katakana are written without spaces: each such character is one word
/// (unigrams, no dictionary). Hangul, Thai and others are split by spaces only (a Thai sentence is one word).</para>
/// <para>Emoji: a pictograph with its skin-tone modifiers and the pictographs joined to it by a (removed) ZERO
/// WIDTH JOINER, as in a family or a rainbow flag, is one token; two regional indicators make one flag. Other
/// invisible characters between emoji (ZWSP) do not join them.</para>
/// </remarks>
internal static class WordReader
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="skipSourceRanges">Ranges of the <em>source</em> text to report as <see cref="TokenKind.Skipped"/>
    /// instead of reading them (for example the spans of extracted links); empty by default.</param>
    public static List<Token> Read(NormalizedText text, ReadOnlySpan<Range> skipSourceRanges = default)
    {
        var tokens = new List<Token>();
        Read(text, skipSourceRanges, tokens);
        return tokens;
    }

    /// <summary>Tokenizes <paramref name="text"/>, appending to <paramref name="tokens"/> (which is not cleared), to reuse a list.</summary>
    public static void Read(NormalizedText text, ReadOnlySpan<Range> skipSourceRanges, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var value = text.Value.AsSpan();
        var index = 0;
        while (index < value.Length)
        {
            if (IsSkipped(text, index, skipSourceRanges))
            {
                var skipEnd = index + 1;
                while (skipEnd < value.Length && IsSkipped(text, skipEnd, skipSourceRanges))
                {
                    skipEnd++;
                }

                tokens.Add(new Token(index, skipEnd - index, TokenKind.Skipped));
                index = skipEnd;
                continue;
            }

            var rune = SourceClusters.Decode(value, index, out var length);
            if (Rune.IsWhiteSpace(rune))
            {
                index += length;
                continue;
            }

            var (end, kind) = ReadToken(text, index, rune, length, skipSourceRanges);
            tokens.Add(new Token(index, end - index, kind));
            index = end;
        }
    }

    private static (int End, TokenKind Kind) ReadToken(NormalizedText text, int index, Rune rune, int length, ReadOnlySpan<Range> skip)
    {
        var value = text.Value.AsSpan();
        if (IsUrlStart(value[index..]))
        {
            var end = index;
            while (end < value.Length && !char.IsWhiteSpace(value[end]) && !IsSkipped(text, end, skip))
            {
                end++;
            }

            return (end, TokenKind.Url);
        }

        if (CharClasses.IsUnigramScript(rune.Value))
        {
            return (SkipMarks(value, index + length), TokenKind.Word);
        }

        if (MixedScriptFolder.IsWordRune(rune))
        {
            return ReadWordOrNumber(value, index);
        }

        if (CharClasses.IsEmoji(rune.Value))
        {
            return (ReadEmoji(text, index, rune, length), TokenKind.Emoji);
        }

        return (ReadPunctuation(value, index), TokenKind.Punctuation);
    }

    private static (int End, TokenKind Kind) ReadWordOrNumber(ReadOnlySpan<char> value, int start)
    {
        var end = start;
        var hasLetter = false;
        while (end < value.Length)
        {
            var rune = SourceClusters.Decode(value, end, out var length);
            if (MixedScriptFolder.IsWordRune(rune) && !CharClasses.IsUnigramScript(rune.Value))
            {
                hasLetter |= CharClasses.IsLetter(rune);
                end += length;
                continue;
            }

            if (end + 1 < value.Length && end > start)
            {
                var next = SourceClusters.Decode(value, end + 1, out _);
                var previous = value[end - 1];
                if (hasLetter && CharClasses.IsInnerApostrophe(value[end]) && CharClasses.IsLetter(next))
                {
                    end++;
                    continue;
                }

                if (!hasLetter && CharClasses.IsInnerNumberSeparator(value[end]) && char.IsDigit(previous) && CharClasses.IsDigit(next))
                {
                    end++;
                    continue;
                }
            }

            break;
        }

        return (end, hasLetter ? TokenKind.Word : TokenKind.Number);
    }

    private static int ReadEmoji(NormalizedText text, int start, Rune first, int length)
    {
        var value = text.Value.AsSpan();
        var end = start + length;
        if (CharClasses.IsRegionalIndicator(first.Value))
        {
            if (end >= value.Length)
            {
                return end;
            }

            var next = SourceClusters.Decode(value, end, out var nextLength);
            return CharClasses.IsRegionalIndicator(next.Value) ? end + nextLength : end;
        }

        while (end < value.Length)
        {
            var next = SourceClusters.Decode(value, end, out var nextLength);
            var joined = CharClasses.IsEmojiModifier(next.Value) || SourceClusters.IsMark(next.Value)
                || (CharClasses.IsEmoji(next.Value) && !CharClasses.IsRegionalIndicator(next.Value)
                    && text.FollowsRemovedJoiner(end));
            if (!joined)
            {
                break;
            }

            end += nextLength;
        }

        return end;
    }

    private static int ReadPunctuation(ReadOnlySpan<char> value, int start)
    {
        var end = start;
        while (end < value.Length)
        {
            var rune = SourceClusters.Decode(value, end, out var length);
            if (end > start && (Rune.IsWhiteSpace(rune) || MixedScriptFolder.IsWordRune(rune) || CharClasses.IsEmoji(rune.Value)))
            {
                break;
            }

            end += length;
        }

        return end;
    }

    private static int SkipMarks(ReadOnlySpan<char> value, int index)
    {
        while (index < value.Length)
        {
            var rune = SourceClusters.Decode(value, index, out var length);
            if (!SourceClusters.IsMark(rune.Value))
            {
                break;
            }

            index += length;
        }

        return index;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.Ordinal)
        || text.StartsWith("https://", StringComparison.Ordinal)
        || text.StartsWith("www.", StringComparison.Ordinal);

    private static bool IsSkipped(NormalizedText text, int index, ReadOnlySpan<Range> skip)
    {
        if (skip.IsEmpty)
        {
            return false;
        }

        var source = text.SourceIndexOf(index);
        foreach (var range in skip)
        {
            var (offset, length) = range.GetOffsetAndLength(text.SourceLength);
            if (source >= offset && source < offset + length)
            {
                return true;
            }
        }

        return false;
    }
}
