using System.Buffers;
using System.Globalization;
using System.Text;

namespace SaySomething.Core.Text;

/// <summary>Cluster helpers shared by the normaliser and the offset map: a base code point and its combining marks.</summary>
internal static class SourceClusters
{
    /// <summary>Returns true for nonspacing, spacing and enclosing combining marks.</summary>
    public static bool IsMark(int codePoint)
    {
        if (codePoint < 0x300)
        {
            return false;
        }

        var category = Rune.GetUnicodeCategory(new Rune(codePoint));
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Returns true for the marks that stack (Mn, Me): the ones counted for the Zalgo rule.</summary>
    public static bool IsStackingMark(Rune rune) =>
        rune.Value >= 0x300
        && Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    /// <summary>Decodes the code point at <paramref name="index"/>; a lone surrogate reads as U+FFFD of length 1.</summary>
    public static Rune Decode(ReadOnlySpan<char> text, int index, out int length)
    {
        if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) != OperationStatus.Done)
        {
            length = 1;
            return Rune.ReplacementChar;
        }

        return rune;
    }

    /// <summary>
    /// Returns the end of the source cluster starting at <paramref name="start"/>: past the base code point, then
    /// past every following combining mark or invisible character.
    /// </summary>
    public static int EndOfCluster(ReadOnlySpan<char> source, int start)
    {
        Decode(source, start, out var length);
        var end = start + length;
        while (end < source.Length)
        {
            var next = Decode(source, end, out length);
            if (!IsMark(next.Value) && !InvisibleCharacters.IsInvisible(next.Value))
            {
                break;
            }

            end += length;
        }

        return end;
    }
}
