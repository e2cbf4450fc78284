using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace SaySomething.Core.Text;

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
public static class WordReader
{
    // Classes of ASCII characters, taken from the same predicates the general path asks of a rune.
    private const byte AsciiOther = 0;
    private const byte AsciiSpace = 1;
    private const byte AsciiLetter = 2;
    private const byte AsciiDigit = 3;

    private static readonly byte[] s_ascii = BuildAsciiClasses();

    // Every UTF-16 unit char.IsWhiteSpace accepts: the end of a URL-like run.
    private static readonly SearchValues<char> s_whiteSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

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
        var skipping = !skipSourceRanges.IsEmpty;
        var index = 0;
        while (index < value.Length)
        {
            if (skipping && IsSkipped(text, index, skipSourceRanges))
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

            int end;
            TokenKind kind;
            var c = value[index];
            if (c < 0x80)
            {
                // ASCII: one table lookup instead of decoding a rune and asking its Unicode properties.
                var type = s_ascii[c];
                if (type == AsciiSpace)
                {
                    index++;
                    continue;
                }

                if (c is 'h' or 'w' && index + 1 < value.Length && value[index + 1] is 't' or 'w' && IsUrlStart(value[index..]))
                {
                    (end, kind) = (ReadUrl(text, index, skipSourceRanges), TokenKind.Url);
                }
                else if (type == AsciiOther)
                {
                    (end, kind) = (ReadPunctuation(value, index), TokenKind.Punctuation);
                }
                else
                {
                    // Most words are lower-case ASCII letters ending at a space or at punctuation that cannot join
                    // them to what follows (only an apostrophe can join letters).
                    end = index + LowerAsciiLettersAt(value, index);

                    kind = TokenKind.Word;
                    if (end == index || (end < value.Length && (value[end] >= 0x80 || s_ascii[value[end]] >= AsciiLetter || value[end] == '\'')))
                    {
                        (end, kind) = ReadWordOrNumber(value, index);
                    }
                }
            }
            else
            {
                var rune = SourceClusters.Decode(value, index, out var length);
                if (Rune.IsWhiteSpace(rune))
                {
                    index += length;
                    continue;
                }

                (end, kind) = ReadToken(text, index, rune, length, skipSourceRanges);
            }

            tokens.Add(new Token(index, end - index, kind));
            index = end;
            if (!skipping && index < value.Length && value[index] == ' ')
            {
                index++;
            }
        }
    }

    private static (int End, TokenKind Kind) ReadToken(NormalizedText text, int index, Rune rune, int length, ReadOnlySpan<Range> skip)
    {
        var value = text.Value.AsSpan();
        if (IsUrlStart(value[index..]))
        {
            return (ReadUrl(text, index, skip), TokenKind.Url);
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
            // Lower-case ASCII letters, most of normalised text, take the shortest test.
            if ((uint)(value[end] - 'a') <= 'z' - 'a')
            {
                hasLetter = true;
                do
                {
                    end++;
                }
                while (end < value.Length && (uint)(value[end] - 'a') <= 'z' - 'a');
                continue;
            }

            var c = value[end];
            if (c < 0x80)
            {
                var type = s_ascii[c];
                if (type >= AsciiLetter)
                {
                    hasLetter |= type == AsciiLetter;
                    end++;
                    continue;
                }
            }
            else
            {
                var rune = SourceClusters.Decode(value, end, out var length);
                if (MixedScriptFolder.IsWordRune(rune) && !CharClasses.IsUnigramScript(rune.Value))
                {
                    hasLetter |= CharClasses.IsLetter(rune);
                    end += length;
                    continue;
                }
            }

            // An apostrophe between letters, or a separator between digits, joins the two sides.
            if (end + 1 < value.Length && end > start)
            {
                if (hasLetter && CharClasses.IsInnerApostrophe(c) && CharClasses.IsLetter(SourceClusters.Decode(value, end + 1, out _)))
                {
                    end++;
                    continue;
                }

                if (!hasLetter && CharClasses.IsInnerNumberSeparator(c) && char.IsDigit(value[end - 1])
                    && CharClasses.IsDigit(SourceClusters.Decode(value, end + 1, out _)))
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
            var c = value[end];
            if (c < 0x80)
            {
                if (end > start && s_ascii[c] != AsciiOther)
                {
                    break;
                }

                end++;
                continue;
            }

            var rune = SourceClusters.Decode(value, end, out var length);
            if (end > start && (Rune.IsWhiteSpace(rune) || MixedScriptFolder.IsWordRune(rune) || CharClasses.IsEmoji(rune.Value)))
            {
                break;
            }

            end += length;
        }

        return end;
    }

    // A URL-like run ends at whitespace or at a skipped range.
    private static int ReadUrl(NormalizedText text, int start, ReadOnlySpan<Range> skip)
    {
        var value = text.Value.AsSpan();
        if (skip.IsEmpty)
        {
            var length = value[start..].IndexOfAny(s_whiteSpace);
            return length < 0 ? value.Length : start + length;
        }

        var end = start;
        while (end < value.Length && !char.IsWhiteSpace(value[end]) && !IsSkipped(text, end, skip))
        {
            end++;
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

    // The number of lower-case ASCII letters from `start` on: eight characters at a time, so that the end of a
    // short word costs no mispredicted loop exit.
    private static int LowerAsciiLettersAt(ReadOnlySpan<char> value, int start)
    {
        var index = start;
        if (Vector128.IsHardwareAccelerated)
        {
            var a = Vector128.Create((ushort)'a');
            var lettersAfterA = Vector128.Create((ushort)('z' - 'a'));
            while (index + Vector128<ushort>.Count <= value.Length)
            {
                var chars = Vector128.Create(MemoryMarshal.Cast<char, ushort>(value.Slice(index, Vector128<ushort>.Count)));
                var others = Vector128.GreaterThan(chars - a, lettersAfterA).ExtractMostSignificantBits();
                if (others != 0)
                {
                    return index - start + BitOperations.TrailingZeroCount(others);
                }

                index += Vector128<ushort>.Count;
            }
        }

        while (index < value.Length && (uint)(value[index] - 'a') <= 'z' - 'a')
        {
            index++;
        }

        return index - start;
    }

    private static byte[] BuildAsciiClasses()
    {
        var classes = new byte[0x80];
        for (var c = 0; c < classes.Length; c++)
        {
            var rune = new Rune(c);
            classes[c] = Rune.IsWhiteSpace(rune) ? AsciiSpace
                : !MixedScriptFolder.IsWordRune(rune) ? AsciiOther
                : CharClasses.IsLetter(rune) ? AsciiLetter
                : AsciiDigit;
        }

        return classes;
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
